import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { createRingBuffer, type RingBuffer } from './createRingBuffer';
import { trackChild, untrackChild } from './liveChildren';
import { stopProcessGroup } from './stopProcessGroup';

export type PrismLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface PrismExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface PrismChild {
  pid: number;
  closed: Promise<PrismExit>;
  /** Prism's stdout and stderr, interleaved, last lines only. */
  readOutput: () => string[];
  /** Idempotent. */
  stop: () => Promise<void>;
}

export interface SpawnPrismOptions {
  specPath: string;
  host: string;
  port: number;
  logLevel: PrismLogLevel;
  /** Runs `prism proxy` to this upstream instead of `prism mock`. */
  upstream?: string;
}

const OUTPUT_LINES = 200;
const MAX_LINE_LENGTH = 2000;

const captureOutput = (child: ChildProcess): RingBuffer<string> => {
  const output = createRingBuffer<string>(OUTPUT_LINES);
  for (const stream of [child.stdout, child.stderr]) {
    if (stream === null) continue;
    readline.createInterface({ input: stream }).on('line', (line) => {
      output.push(line.slice(0, MAX_LINE_LENGTH));
    });
  }
  return output;
};

const waitForSpawn = (child: ChildProcess): Promise<number> =>
  new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () =>
      child.pid === undefined
        ? reject(new Error('node started without a pid'))
        : resolve(child.pid),
    );
  });

/**
 * Runs Prism's node entry directly (not through npx, whose parent dies and orphans Prism on the
 * port) in its own process group, so that stopping the group also stops anything Prism forks.
 */
export const spawnPrism = async (options: SpawnPrismOptions): Promise<PrismChild> => {
  const entry = require.resolve('@stoplight/prism-cli/dist/index.js');
  const { specPath, host, port, logLevel, upstream } = options;
  const mode = upstream === undefined ? ['mock', specPath] : ['proxy', specPath, upstream];
  const args = [entry, ...mode, '-h', host, '-p', String(port), '-v', logLevel];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);

  // 'close' comes after 'exit' and after both pipes end, so the output is complete by then.
  let hasClosed = false;
  const closed = new Promise<PrismExit>((resolve) => {
    child.once('close', (code, signal) => {
      hasClosed = true;
      resolve({ code, signal });
    });
  });
  const pid = await waitForSpawn(child);

  // Once closed, the pid may belong to someone else: never signal it again.
  let stopping: Promise<void> | undefined;
  const prism: PrismChild = {
    pid,
    closed,
    readOutput: output.toArray,
    stop: () => (stopping ??= hasClosed ? Promise.resolve() : stopProcessGroup(pid, closed)),
  };

  trackChild(prism);
  void closed.then(() => untrackChild(prism));
  return prism;
};
