import type { ChildProcess } from 'node:child_process';

/**
 * Every child process group the harness started and has not stopped. On the harness's own exit,
 * SIGINT or SIGTERM they are killed, so no Prism outlives the run that started it.
 */
const live = new Set<ChildProcess>();
let hooked = false;

const killGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // A negative pid addresses the whole group: Prism and anything it spawned.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};

export const killAllChildren = (): void => {
  for (const child of live) killGroup(child, 'SIGKILL');
  live.clear();
};

const hookProcessExit = (): void => {
  if (hooked) return;
  hooked = true;
  process.once('exit', killAllChildren);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      killAllChildren();
      process.exit(code);
    });
  }
};

export const trackChild = (child: ChildProcess): void => {
  hookProcessExit();
  live.add(child);
  child.once('exit', () => live.delete(child));
};

export const untrackChild = (child: ChildProcess): void => {
  live.delete(child);
};

export { killGroup };
