import type { Exchange } from '../../src/core/finding';
import { buildPath, createHttpClient, PathParameterError, type HttpClient } from '../../src/http';
import { startRecordingServer, type RecordingServer } from '../unit/http/startRecordingServer';

// Case C14 (/work/shared/reference/cases.md): path parameters must be percent-encoded per
// RFC 3986, and '.' / '..' cannot be sent as segments through anything that normalises URLs.
const template = '/work-orders/{id}/status';

describe('C14. Encoding path parameters: `/`, `.` and `..`, and spaces', () => {
  describe('PATCH /work-orders/{id}/status', () => {
    it.each([
      ['(a)', 'a/b', '/work-orders/a%2Fb/status'],
      ['(d)', 'WO 17', '/work-orders/WO%2017/status'],
      [
        '(e)',
        'ff74beb8-f6c2-4202-b886-07321bd1ac70',
        '/work-orders/ff74beb8-f6c2-4202-b886-07321bd1ac70/status',
      ],
      ['(f)', '50%', '/work-orders/50%25/status'],
    ])('%s encodes id %j as %s', (_case, id, expected) => {
      expect(buildPath(template, { id })).toBe(expected);
    });

    it.each([
      ['(b)', '..'],
      ['(c)', '.'],
    ])('%s refuses id %j, which URL resolution would remove', (_case, id) => {
      expect(() => buildPath(template, { id })).toThrow(PathParameterError);
    });
  });

  describe('when the encoded paths are sent', () => {
    let server: RecordingServer;
    let client: HttpClient;

    beforeAll(async () => {
      server = await startRecordingServer();
      client = createHttpClient({ baseUrl: server.baseUrl });
    });

    afterAll(async () => {
      client.close();
      await server.close();
    });

    it.each(['a/b', 'WO 17', 'ff74beb8-f6c2-4202-b886-07321bd1ac70', '50%'])(
      'the server receives exactly the path that the request log records for id %j',
      async (id) => {
        const request = { method: 'PATCH', path: buildPath(template, { id }), headers: {} };

        const exchange: Exchange = { request, response: await client.send(request) };

        expect(server.requests.at(-1)?.url).toBe(exchange.request.path);
        expect(decodeURIComponent(exchange.request.path.split('/')[2] ?? '')).toBe(id);
      },
    );

    it('a raw client still delivers a literal `..` segment, unlike fetch', async () => {
      const path = '/work-orders/../status';

      await client.send({ method: 'PATCH', path, headers: {} });

      expect(server.requests.at(-1)?.url).toBe(path);
    });
  });
});
