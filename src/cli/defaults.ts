import { resolve } from 'node:path';

const projectRoot = resolve(__dirname, '..', '..');

/** Defaults shared by the commands; CI relies on the pinned seed for stable verdicts. */
export const defaults = {
  seed: 20261203,
  runs: 100,
  specPath: resolve(projectRoot, 'spec', 'serial-work-orders.openapi.yaml'),
  reportDir: resolve(projectRoot, 'reports'),
  timeoutMs: 10_000,
} as const;
