import http from 'node:http';
import https from 'node:https';
import type { ReceivedResponse, SentRequest } from '../core/finding';
import { isConnectionError } from './ConnectionError';
import { parseBaseUrl } from './parseBaseUrl';
import { sendOnce } from './sendOnce';

export interface HttpClientOptions {
  /** `http://host:port` or `https://host/prefix`; a path prefix is prepended to every request. */
  baseUrl: string;
  /** Limit for the whole exchange, from sending to the last body byte. */
  timeoutMs?: number;
  /** Merged over `{ keepAlive: true }`; TLS options apply to https: base URLs. */
  agent?: https.AgentOptions;
}

export interface HttpClient {
  /** Rejects with RequestTimeoutError or ConnectionError; any HTTP status resolves. */
  send(request: SentRequest): Promise<ReceivedResponse>;
  /** Closes the pooled sockets; the client must not be used afterwards. */
  close(): void;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A request layer on node:http with a keep-alive agent: reusing one socket is what makes a
 * sequential property loop fast (1.5 to 2.5 times fetch, toolchain notes). */
export const createHttpClient = (options: HttpClientOptions): HttpClient => {
  const baseUrl = parseBaseUrl(options.baseUrl);
  const agentOptions = { keepAlive: true, ...options.agent };
  const agent = baseUrl.secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const context = { baseUrl, agent, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };

  const send = async (request: SentRequest): Promise<ReceivedResponse> => {
    try {
      return await sendOnce(request, context);
    } catch (error) {
      // A server may close an idle keep-alive socket just as it is reused; the request never
      // reached it, so one retry on a fresh socket is safe (node docs, request.reusedSocket).
      if (isConnectionError(error) && error.staleSocket) return sendOnce(request, context);
      throw error;
    }
  };

  return { send, close: () => agent.destroy() };
};
