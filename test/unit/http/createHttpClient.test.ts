import net from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  ConnectionError,
  createHttpClient,
  RequestTimeoutError,
  type HttpClient,
} from '../../../src/http';
import { startRecordingServer, type RecordingServer } from './startRecordingServer';

const findClosedPort = async (): Promise<number> => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
};

describe('createHttpClient', () => {
  let server: RecordingServer;
  let client: HttpClient;

  beforeEach(async () => {
    server = await startRecordingServer((request, res) => {
      if (request.url === '/slow') return;
      if (request.url === '/stall') return void res.writeHead(200).write('partial');
      if (request.url === '/reset') return void res.socket?.destroy();
      res.setHeader('X-Twice', ['a', 'b']);
      res.setHeader('Set-Cookie', ['c=1', 'd=2']);
      res.writeHead(201, { 'Content-Type': 'text/plain' });
      res.end(`got ${request.method} ${request.url} ${request.body}`);
    });
    client = createHttpClient({ baseUrl: server.baseUrl, timeoutMs: 2000 });
  });

  afterEach(async () => {
    client.close();
    await server.close();
  });

  describe('when it sends a path', () => {
    it.each([
      '/work-orders/a%2Fb/status',
      '/work-orders/../status',
      '/work-orders/%2e%2E/status',
      '/a/./b//c',
    ])('delivers %s exactly as given', async (path) => {
      await client.send({ method: 'GET', path, headers: {} });

      expect(server.requests.map((request) => request.url)).toEqual([path]);
    });

    it('prepends the base URL path prefix', async () => {
      const prefixed = createHttpClient({ baseUrl: `${server.baseUrl}/api/` });

      await prefixed.send({ method: 'GET', path: '/work-orders', headers: {} });
      prefixed.close();

      expect(server.requests[0]?.url).toBe('/api/work-orders');
    });
  });

  describe('when it sends headers and a body', () => {
    it('delivers them and reads the whole answer', async () => {
      const body = '{"status":"DRAFT","note":"é"}';

      const response = await client.send({
        method: 'PATCH',
        path: '/work-orders/1/status',
        headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
        body,
      });

      expect(server.requests[0]).toMatchObject({
        method: 'PATCH',
        body,
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      });
      expect(server.requests[0]?.headers['content-length']).toBe(String(Buffer.byteLength(body)));
      expect(response.statusCode).toBe(201);
      expect(response.body).toBe(`got PATCH /work-orders/1/status ${body}`);
    });

    it('lower-cases response header names and joins repeated values', async () => {
      const response = await client.send({ method: 'GET', path: '/', headers: {} });

      expect(response.headers).toMatchObject({
        'content-type': 'text/plain',
        'x-twice': 'a, b',
        'set-cookie': 'c=1, d=2',
      });
    });
  });

  describe('when requests follow one another', () => {
    it('reuses one keep-alive connection', async () => {
      for (let index = 0; index < 5; index += 1) {
        await client.send({ method: 'GET', path: `/${index}`, headers: {} });
      }

      expect(server.requests).toHaveLength(5);
      expect(server.connectionCount()).toBe(1);
    });
  });

  describe('when the server does not answer in time', () => {
    it('rejects with a RequestTimeoutError', async () => {
      const impatient = createHttpClient({ baseUrl: server.baseUrl, timeoutMs: 100 });

      const sent = impatient.send({ method: 'GET', path: '/slow', headers: {} });

      await expect(sent).rejects.toBeInstanceOf(RequestTimeoutError);
      await expect(sent).rejects.toMatchObject({ path: '/slow', timeoutMs: 100 });
      impatient.close();
    });
  });

  describe('when the body stops half way', () => {
    it('rejects with a RequestTimeoutError', async () => {
      const impatient = createHttpClient({ baseUrl: server.baseUrl, timeoutMs: 100 });

      const sent = impatient.send({ method: 'GET', path: '/stall', headers: {} });

      await expect(sent).rejects.toBeInstanceOf(RequestTimeoutError);
      impatient.close();
    });
  });

  describe('when the server drops a fresh connection', () => {
    it('rejects with a ConnectionError carrying ECONNRESET and does not retry', async () => {
      const sent = client.send({ method: 'PATCH', path: '/reset', headers: {}, body: '{}' });

      await expect(sent).rejects.toMatchObject({ name: 'ConnectionError', code: 'ECONNRESET' });
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('when the server drops a reused keep-alive connection', () => {
    it('retries once on a fresh connection', async () => {
      const seen = new WeakSet<object>();
      let dropped = false;
      const dropping = await startRecordingServer((_request, res) => {
        const socket = res.socket;
        if (socket && seen.has(socket) && !dropped) {
          dropped = true;
          return void socket.destroy();
        }
        if (socket) seen.add(socket);
        res.end('ok');
      });
      const reusing = createHttpClient({ baseUrl: dropping.baseUrl });

      const response = await reusing
        .send({ method: 'GET', path: '/warm', headers: {} })
        .then(() => reusing.send({ method: 'GET', path: '/again', headers: {} }))
        .finally(() => {
          reusing.close();
          return dropping.close();
        });

      expect(response.statusCode).toBe(200);
      expect(dropping.requests.map((request) => request.url)).toEqual([
        '/warm',
        '/again',
        '/again',
      ]);
      expect(dropping.connectionCount()).toBe(2);
    });
  });

  describe('when nothing listens on the port', () => {
    it('rejects with a ConnectionError carrying ECONNREFUSED', async () => {
      const port = await findClosedPort();
      const unreachable = createHttpClient({ baseUrl: `http://127.0.0.1:${port}` });

      const sent = unreachable.send({ method: 'GET', path: '/', headers: {} });

      await expect(sent).rejects.toBeInstanceOf(ConnectionError);
      await expect(sent).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      unreachable.close();
    });
  });
});
