import { performance } from 'node:perf_hooks';
import { checkPort } from './findFreePort';
import { explainPrismExit } from './explainPrismExit';
import type { PrismProcess } from './PrismProcess';
import { spawnPrism, type SpawnPrismOptions } from './spawnPrism';
import { toPrismStartError, toPrismTimeoutError } from './toPrismStartError';
import { waitForPrism, type Readiness } from './waitForPrism';

export type Launch =
  { kind: 'ready'; prism: PrismProcess } | { kind: 'failed'; error: Error; portInUse: boolean };

export interface LaunchOptions extends SpawnPrismOptions {
  readyTimeoutMs: number;
  /** performance.now() when the caller started, for startMs. */
  startedAt: number;
}

export const toAddress = (host: string, port?: number): string => {
  const bracketed = host.includes(':') ? `[${host}]` : host;
  return port === undefined ? bracketed : `${bracketed}:${port}`;
};

const toFailure = (readiness: Readiness, output: string[], options: LaunchOptions): Launch => {
  const address = toAddress(options.host, options.port);
  if (readiness.kind !== 'exited') {
    const error = toPrismTimeoutError(address, options.readyTimeoutMs, output);
    return { kind: 'failed', error, portInUse: false };
  }
  const { reason, portInUse } = explainPrismExit(output, readiness.exit, options.port);
  return {
    kind: 'failed',
    error: toPrismStartError(address, reason, portInUse, output),
    portInUse,
  };
};

/** One attempt on one port: check the port, spawn Prism, wait until it answers or fails. */
export const launchPrism = async (options: LaunchOptions): Promise<Launch> => {
  const address = toAddress(options.host, options.port);
  // Checked first: another HTTP server on the port would answer the readiness poll for Prism.
  const busy = await checkPort(options.host, options.port);
  if (busy) {
    return { kind: 'failed', error: toPrismStartError(address, busy, true), portInUse: true };
  }

  const child = await spawnPrism(options);
  const baseUrl = `http://${address}`;
  const readiness = await waitForPrism(baseUrl, child.closed, options.readyTimeoutMs);

  if (readiness.kind === 'ready') {
    const startMs = Math.round(performance.now() - options.startedAt);
    const { pid, readOutput, stop } = child;
    return {
      kind: 'ready',
      prism: { baseUrl, port: options.port, pid, startMs, readOutput, stop },
    };
  }
  await child.stop();
  return toFailure(readiness, child.readOutput(), options);
};
