import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';

const root = path.join(__dirname, '../..');
const startTimeout = 30_000;

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A killed grandchild is reaped by init, not by us: allow it a moment to disappear.
const isGoneWithin = async (pid: number, ms: number): Promise<boolean> => {
  const deadline = Date.now() + ms;
  while (isRunning(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return !isRunning(pid);
};

const prismModule = JSON.stringify(path.join(root, 'src/prism'));
const specPath = JSON.stringify(path.join(root, 'spec/serial-work-orders.openapi.yaml'));

// A stand-in harness: starts Prism, prints its pid, then ends the way the test asks.
const harnessScript = (ending: string) => `
  const { startPrism } = require(${prismModule});
  startPrism({ specPath: ${specPath} })
    .then((prism) => { console.log(prism.pid); ${ending} });
`;

const runHarness = async (ending: string) => {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-e', harnessScript(ending)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  const lines = readline.createInterface({ input: child.stdout });
  const [firstLine] = (await once(lines, 'line')) as [string];
  return { child, prismPid: Number(firstLine), closed };
};

describe('a harness that started Prism', () => {
  describe.each(['SIGINT', 'SIGTERM'] as const)('when it receives %s', (signal) => {
    it(
      'kills Prism and ends by that signal',
      async () => {
        const harness = await runHarness('setInterval(() => {}, 1000);');
        expect(isRunning(harness.prismPid)).toBe(true);

        harness.child.kill(signal);
        const [code, endedBy] = await harness.closed;

        expect({ code, endedBy }).toEqual({ code: null, endedBy: signal });
        expect(await isGoneWithin(harness.prismPid, 2000)).toBe(true);
      },
      startTimeout,
    );
  });

  describe('when it exits without stopping Prism', () => {
    it(
      'kills Prism on the way out',
      async () => {
        const harness = await runHarness('process.exit(3);');

        const [code] = await harness.closed;

        expect(code).toBe(3);
        expect(await isGoneWithin(harness.prismPid, 2000)).toBe(true);
      },
      startTimeout,
    );
  });
});
