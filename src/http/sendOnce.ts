import http from 'node:http';
import https from 'node:https';
import type { ReceivedResponse, SentRequest } from '../core/finding';
import { ConnectionError } from './ConnectionError';
import type { BaseUrl } from './parseBaseUrl';
import { RequestTimeoutError } from './RequestTimeoutError';
import { toHeaderRecord } from './toHeaderRecord';

export interface SendContext {
  baseUrl: BaseUrl;
  agent: http.Agent;
  timeoutMs: number;
}

type Requester = (options: http.RequestOptions) => http.ClientRequest;

const toConnectionError = (error: Error, target: string, staleSocket: boolean): ConnectionError => {
  const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  return new ConnectionError(code, target, error, staleSocket && code === 'ECONNRESET');
};

const readResponse = (res: http.IncomingMessage, done: (response: ReceivedResponse) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () =>
    done({
      statusCode: res.statusCode ?? 0,
      headers: toHeaderRecord(res.rawHeaders),
      body: Buffer.concat(chunks).toString('utf8'),
    }),
  );
};

/**
 * One exchange on the wire. The path is passed to node:http literally: unlike WHATWG URL (fetch),
 * it is never normalised, so `..`, `.` and `%2e` segments reach the server as given.
 */
export const sendOnce = (request: SentRequest, context: SendContext): Promise<ReceivedResponse> =>
  new Promise((resolve, reject) => {
    const { baseUrl, agent, timeoutMs } = context;
    const requester: Requester = baseUrl.secure ? https.request : http.request;
    const req = requester({
      agent,
      hostname: baseUrl.hostname,
      port: baseUrl.port,
      method: request.method,
      path: baseUrl.prefix + request.path,
      headers: request.headers,
    });

    const timer = setTimeout(
      () => req.destroy(new RequestTimeoutError(request.method, request.path, timeoutMs)),
      timeoutMs,
    );
    const fail = (error: Error, answered: boolean): void => {
      clearTimeout(timer);
      const stale = !answered && req.reusedSocket;
      reject(
        error instanceof RequestTimeoutError
          ? error
          : toConnectionError(error, baseUrl.origin, stale),
      );
      req.destroy();
    };

    req.on('error', (error) => fail(error, false));
    req.on('response', (res) => {
      res.on('error', (error) => fail(error, true));
      readResponse(res, (response) => {
        clearTimeout(timer);
        resolve(response);
      });
    });
    req.end(request.body === undefined ? undefined : Buffer.from(request.body, 'utf8'));
  });
