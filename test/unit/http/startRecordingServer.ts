import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The request target exactly as it arrived on the wire. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface RecordingServer {
  baseUrl: string;
  port: number;
  requests: RecordedRequest[];
  /** How many TCP connections the server has accepted. */
  connectionCount(): number;
  close(): Promise<void>;
}

type Handler = (request: RecordedRequest, res: http.ServerResponse) => void;

const answerOk: Handler = (_request, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end('{"ok":true}');
};

const toHeaders = (raw: string[]): Record<string, string> =>
  Object.fromEntries(
    raw.flatMap((item, index) =>
      index % 2 === 0 ? [[item.toLowerCase(), raw[index + 1] ?? '']] : [],
    ),
  );

/** A throwaway server on 127.0.0.1 and a free port that records every request it gets. */
export const startRecordingServer = async (
  handler: Handler = answerOk,
): Promise<RecordingServer> => {
  const requests: RecordedRequest[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: toHeaders(req.rawHeaders),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  server.on('connection', () => (connections += 1));

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    requests,
    connectionCount: () => connections,
    close,
  };
};
