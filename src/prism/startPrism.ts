import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { HarnessError } from '../core/HarnessError';
import { findFreePort } from './findFreePort';
import { killGroup, trackChild, untrackChild } from './liveChildren';
import { waitForHttp } from './waitForHttp';

export interface PrismOptions {
  specPath: string;
  host?: string;
  /** A free port is chosen when none is given. */
  port?: number;
  readyTimeoutMs?: number;
}

export interface PrismProcess {
  baseUrl: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn to the first HTTP answer. */
  startMs: number;
  /** Prism's own output, last lines only, for --verbose and error messages. */
  output(): string;
  stop(): Promise<void>;
}

const outputLimit = 64 * 1024;

const lastLines = (text: string, count = 8): string =>
  text.trim().split('\n').slice(-count).join('\n');

/**
 * Starts `prism mock` as a child in its own process group: the node entry is spawned directly,
 * never through npx, whose parent would leave Prism orphaned holding the port. `-v error` keeps
 * its logging quiet (and about 1.6 times faster).
 */
export const startPrism = async (options: PrismOptions): Promise<PrismProcess> => {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await findFreePort(host));
  const entry = require.resolve('@stoplight/prism-cli/dist/index.js');
  const args = [entry, 'mock', options.specPath, '-h', host, '-p', String(port), '-v', 'error'];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);

  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-outputLimit);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const isGone = () => child.exitCode !== null || child.signalCode !== null;
  const baseUrl = `http://${host}:${port}`;
  const ready = await waitForHttp(baseUrl, options.readyTimeoutMs ?? 15_000, isGone);

  const stop = async (): Promise<void> => {
    if (isGone()) return untrackChild(child);
    const exited = once(child, 'exit');
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    untrackChild(child);
  };

  if (!ready || child.pid === undefined) {
    await stop();
    const reason = /EADDRINUSE|address already in use/i.test(output)
      ? `port ${port} is already in use`
      : lastLines(output) || 'it did not answer in time';
    throw new HarnessError(
      'PRISM_START_FAILED',
      `Prism could not start a mock of ${options.specPath} on ${host}:${port}: ${reason}`,
      'Free the port or choose another; check that the spec file exists and loads.',
    );
  }

  return {
    baseUrl,
    port,
    pid: child.pid,
    startMs: Math.round(performance.now() - started),
    output: () => output,
    stop,
  };
};
