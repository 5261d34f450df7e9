import { access } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFreePort } from './findFreePort';
import { launchPrism, toAddress } from './launchPrism';
import type { PrismProcess } from './PrismProcess';
import type { PrismLogLevel } from './spawnPrism';
import { toPrismStartError } from './toPrismStartError';

export interface StartPrismOptions {
  /** A file path, or an http(s) URL that Prism fetches itself. */
  specPath: string;
  host?: string;
  /** Picked free by the harness when absent. */
  port?: number;
  /** `error` by default: Prism's per-request logging costs about a third of its throughput. */
  logLevel?: PrismLogLevel;
  readyTimeoutMs?: number;
  /** Starts Prism's validation proxy to this upstream instead of its mock. */
  upstream?: string;
}

const START_ATTEMPTS = 3;
export const DEFAULT_READY_TIMEOUT_MS = 15_000;

// Checked here rather than left to Prism, which takes a second or two to fail the same way.
const resolveSpecPath = async (specPath: string, address: string): Promise<string> => {
  if (/^https?:\/\//i.test(specPath)) return specPath;
  const resolved = path.resolve(specPath);
  await access(resolved).catch(() => {
    throw toPrismStartError(address, `the spec file ${resolved} does not exist`, false);
  });
  return resolved;
};

/**
 * Starts `prism mock` on the spec and resolves once it answers HTTP. Rejects with a HarnessError
 * (PRISM_START_FAILED, PRISM_START_TIMEOUT) that says why, with Prism's last output lines.
 */
export const startPrism = async (options: StartPrismOptions): Promise<PrismProcess> => {
  const startedAt = performance.now();
  const host = options.host ?? '127.0.0.1';
  const specPath = await resolveSpecPath(options.specPath, toAddress(host, options.port));
  const logLevel = options.logLevel ?? 'error';
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;

  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await findFreePort(host));
    const upstream = options.upstream === undefined ? {} : { upstream: options.upstream };
    const launch = await launchPrism({
      specPath,
      host,
      port,
      logLevel,
      readyTimeoutMs,
      startedAt,
      ...upstream,
    });
    if (launch.kind === 'ready') return launch.prism;

    // A port the harness picked can be taken before Prism listens on it: pick another.
    const retry = launch.portInUse && options.port === undefined && attempt < START_ATTEMPTS;
    if (!retry) throw launch.error;
  }
};
