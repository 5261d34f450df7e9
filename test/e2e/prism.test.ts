import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { HarnessError } from '../../src/core/HarnessError';
import { createHttpClient } from '../../src/http';
import { startPrism, stopAll, type PrismProcess } from '../../src/prism';

const specPath = path.join(__dirname, '../../spec/serial-work-orders.openapi.yaml');
const startTimeout = 30_000;

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
};

const isPrismRunningOn = (file: string): boolean =>
  spawnSync('pgrep', ['-f', `prism-cli.* mock ${file}`]).status === 0;

const listen = async (port = 0): Promise<net.Server> => {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
};

const close = (server: net.Server) => new Promise((resolve) => server.close(resolve));

describe('startPrism', () => {
  describe('on the Serial spec', () => {
    let prism: PrismProcess;

    beforeAll(async () => {
      prism = await startPrism({ specPath });
    }, startTimeout);

    afterAll(() => prism.stop());

    it('answers 200 to a valid PATCH /work-orders/1/status with Bearer t', async () => {
      const client = createHttpClient({ baseUrl: prism.baseUrl });

      const response = await client
        .send({
          method: 'PATCH',
          path: '/work-orders/1/status',
          headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
          body: '{"status":"REVIEW","updated_by_user_id":"ff74beb8-f6c2-4202-b886-07321bd1ac70"}',
        })
        .finally(() => client.close());

      expect(response.statusCode).toBe(200);
      expect(prism.startMs).toBeGreaterThan(0);
    });

    it('leaves no process and frees the port when stopped, twice', async () => {
      await prism.stop();
      await prism.stop();

      expect(isRunning(prism.pid)).toBe(false);
      await close(await listen(prism.port));
    });
  });

  describe('stopAll', () => {
    it(
      'stops every Prism still running',
      async () => {
        const started = await Promise.all([startPrism({ specPath }), startPrism({ specPath })]);

        await stopAll();

        expect(started.map((prism) => isRunning(prism.pid))).toEqual([false, false]);
      },
      startTimeout,
    );
  });

  describe('when the spec file does not exist', () => {
    it('rejects with a HarnessError naming the file', async () => {
      const missing = path.join(os.tmpdir(), 'no-such-spec.yaml');

      const started = startPrism({ specPath: missing });

      await expect(started).rejects.toBeInstanceOf(HarnessError);
      await expect(started).rejects.toMatchObject({
        code: 'PRISM_START_FAILED',
        message: expect.stringContaining(missing) as string,
      });
    });
  });

  describe('when the given port is busy', () => {
    it('rejects with a HarnessError naming the port', async () => {
      const server = await listen();
      const { port } = server.address() as AddressInfo;

      const started = startPrism({ specPath, port }).finally(() => close(server));

      await expect(started).rejects.toMatchObject({
        name: 'HarnessError',
        code: 'PRISM_START_FAILED',
        message: expect.stringContaining(`port ${port} is already in use`) as string,
      });
    });
  });

  describe('when the spec has a broken $ref', () => {
    it(
      'rejects with a HarnessError quoting Prism, and leaves no process',
      async () => {
        const folder = await mkdtemp(path.join(os.tmpdir(), 'prism-broken-'));
        const broken = path.join(folder, 'broken.yaml');
        await writeFile(
          broken,
          [
            'openapi: 3.1.0',
            "info: { title: broken, version: '1' }",
            'paths:',
            '  /a:',
            '    get:',
            '      responses:',
            "        '200':",
            '          description: ok',
            '          content:',
            "            application/json: { schema: { $ref: '#/components/schemas/Missing' } }",
          ].join('\n'),
        );

        const started = startPrism({ specPath: broken });

        await expect(started).rejects.toMatchObject({
          name: 'HarnessError',
          code: 'PRISM_START_FAILED',
          message: expect.stringContaining('#/components/schemas/Missing') as string,
        });
        expect(isPrismRunningOn(broken)).toBe(false);
        await rm(folder, { recursive: true });
      },
      startTimeout,
    );
  });
});
