import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { signalGroup, stopProcessGroup } from '../../../src/prism/stopProcessGroup';

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A group leader that ignores SIGTERM and has a child of its own; it prints the child's pid.
const stubborn = `
  process.on('SIGTERM', () => {});
  const { spawn } = require('node:child_process');
  const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
    stdio: 'ignore',
  });
  console.log(grandchild.pid);
  setInterval(() => {}, 1000);
`;

const spawnGroup = async (script: string) => {
  const child = spawn(process.execPath, ['-e', script], {
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const closed = once(child, 'close');
  const [firstLine] = (await once(child.stdout, 'data')) as [Buffer];
  return { pid: child.pid ?? 0, grandchildPid: Number(firstLine.toString().trim()), closed };
};

describe('stopProcessGroup', () => {
  it('SIGKILLs a group that ignores SIGTERM after the grace period, children too', async () => {
    const group = await spawnGroup(stubborn);

    const started = Date.now();
    await stopProcessGroup(group.pid, group.closed, 200);

    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(isRunning(group.pid)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(isRunning(group.grandchildPid)).toBe(false);
  });

  it('returns as soon as a group that honours SIGTERM has closed', async () => {
    const group = await spawnGroup('console.log(0); setInterval(() => {}, 1000)');

    const started = Date.now();
    await stopProcessGroup(group.pid, group.closed, 5000);

    expect(Date.now() - started).toBeLessThan(2000);
    expect(isRunning(group.pid)).toBe(false);
  });
});

describe('signalGroup', () => {
  it('ignores a group that is already gone', () => {
    expect(() => signalGroup(2 ** 22 + 12345, 'SIGTERM')).not.toThrow();
  });

  it('never signals its own group or every process', () => {
    expect(() => signalGroup(0, 'SIGKILL')).not.toThrow();
    expect(() => signalGroup(1, 'SIGKILL')).not.toThrow();
  });
});
