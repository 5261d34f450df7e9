import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createSimulator, type Simulator } from '../../src/simulator';
import { findStatuses, loadWorkflow } from '../../src/workflow';
import { getSpec, root, strictWorkflow, token } from './simulator.helpers';

const tsNode = join(root, 'node_modules', '.bin', 'ts-node');

const readAll = (stream: NodeJS.ReadableStream): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    stream.on('end', () => resolve(text));
  });

const waitFor = async (condition: () => boolean, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.each([
  ['npm run conformance', 'scripts/conformance.ts'],
  ['npm run explore', 'scripts/explore.ts'],
])('%s against a live target', (_name, script) => {
  let simulator: Simulator;
  let baseUrl: string;
  beforeEach(async () => {
    const spec = await getSpec();
    const workflow = loadWorkflow(strictWorkflow, findStatuses(spec));
    simulator = createSimulator({ spec, workflow, token });
    ({ baseUrl } = await simulator.listen(0));
  });
  afterEach(() => simulator.close());

  describe('when interrupted with SIGINT after it has created work orders', () => {
    it('lists each work order it created, exits 130 and prints no token', async () => {
      // Ten requests a second, so the run is still going when the signal comes.
      const args = ['--target', baseUrl, '--rate', '10', '--report-dir', 'reports'];
      const child = spawn(tsNode, ['--transpile-only', script, ...args], {
        cwd: root,
        env: { ...process.env, SERIAL_API_TOKEN: token },
      });
      const output = Promise.all([readAll(child.stdout), readAll(child.stderr)]);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

      await waitFor(() => simulator.snapshot().length >= 3, 20_000);
      const createdBefore = simulator.snapshot();
      child.kill('SIGINT');

      expect(await exited).toBe(130);
      const text = (await output).join('\n');
      expect(text).toMatch(/^interrupted \(SIGINT\): run \S+ stopped before its report/m);
      for (const order of createdBefore) {
        expect(text).toContain(`${order.id}  wo_number ${order.wo_number}`);
      }
      expect(text).not.toContain(token);
    }, 30_000);
  });
});

/** `npm run conformance` run to its end: what it printed and its exit code. */
const runConformance = async (args: string[]) => {
  const child = spawn(tsNode, ['--transpile-only', 'scripts/conformance.ts', ...args], {
    cwd: root,
    env: { ...process.env, SERIAL_API_TOKEN: token },
  });
  const [stdout, stderr] = await Promise.all([readAll(child.stdout), readAll(child.stderr)]);
  const code = await new Promise<number | null>((resolve) =>
    child.exitCode === null ? child.on('exit', resolve) : resolve(child.exitCode),
  );
  return { stdout, stderr, code };
};

describe('npm run conformance, as a process, when its request budget runs out', () => {
  let simulator: Simulator;
  let baseUrl: string;
  beforeAll(async () => {
    const spec = await getSpec();
    simulator = createSimulator({
      spec,
      workflow: loadWorkflow(strictWorkflow, findStatuses(spec)),
      token,
    });
    ({ baseUrl } = await simulator.listen(0));
  });
  afterAll(() => simulator.close());

  // Cases are pipelined: the refused request rejects while the loop waits on the next tick.
  it('reports INCOMPLETE and exits 1, with no stack trace', async () => {
    const args = ['--target', baseUrl, '--rate', '0', '--max-requests', '100'];
    const { stdout, stderr, code } = await runConformance([...args, '--report-dir', 'reports']);

    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toContain('Stopped early: the request budget (100) is spent');
    expect(stdout).toMatch(/^INCOMPLETE conformance: /m);
    expect(code).toBe(1);
  }, 30_000);
});

describe('npm run conformance, as a process, given what it cannot use', () => {
  it('blames a target that stops answering mid-run, not itself, and exits 2', async () => {
    // Answers the first read, then never answers a create.
    const server = createServer((request, response) => {
      if (request.method === 'GET') response.end('[]');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await runConformance(['--target', target, '--timeout', '500']);

      expect(result.stderr).toMatch(
        /^error: the target stopped answering: POST \/work-orders got no complete answer within 500 ms\n {2}.*--timeout/,
      );
      expect(result.stderr).not.toMatch(/harness bug|\n\s+at /);
      expect(result.code).toBe(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 30_000);

  it('refuses a --report-dir it cannot write before sending anything, and exits 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'report-dir-')), 'a-file');
    writeFileSync(file, '');

    const result = await runConformance([
      '--target',
      'http://127.0.0.1:9',
      '--report-dir',
      join(file, 'sub'),
    ]);

    expect(result.stderr).toContain(
      `error: --report-dir ${join(file, 'sub')} cannot be written to`,
    );
    expect(result.code).toBe(2);
    rmSync(dirname(file), { recursive: true });
  }, 30_000);
});
