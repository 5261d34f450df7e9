import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const tsNode = join(root, 'node_modules', '.bin', 'ts-node');

const startScript = (args: string[]) =>
  spawn(tsNode, ['--transpile-only', 'scripts/simulate.ts', ...args], {
    cwd: root,
    env: { ...process.env, SERIAL_API_TOKEN: '' },
  });

const readAll = (stream: NodeJS.ReadableStream): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    stream.on('end', () => resolve(text));
  });

const waitForExit = (child: ReturnType<typeof startScript>): Promise<number | null> =>
  new Promise((resolve) => child.on('exit', (code) => resolve(code)));

describe('npm run simulate', () => {
  it('prints the base URL and workflow but not the token, and stops on SIGTERM', async () => {
    const child = startScript(['--port', '0', '--token', 'very-secret']);
    const output = readAll(child.stdout);
    const firstLine = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
    );

    child.kill('SIGTERM');

    expect(await waitForExit(child)).toBe(0);
    expect(firstLine).toMatch(
      /^simulator on http:\/\/127\.0\.0\.1:\d+ \(workflow: contracts\/workflow\.strict\.yaml; token: set/,
    );
    expect(await output).not.toContain('very-secret');
  }, 20_000);

  it('exits 2 on an unknown fault, listing the allowed ones, with no stack trace', async () => {
    const child = startScript(['--fault', 'no-such-fault']);
    const errors = readAll(child.stderr);

    expect(await waitForExit(child)).toBe(2);
    const text = await errors;
    expect(text).toMatch(
      /^error: unknown fault 'no-such-fault'\nPass --fault with one of: accept-outside-enum, /,
    );
    expect(text).not.toContain('    at ');
  }, 20_000);
});
