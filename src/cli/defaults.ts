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

/** Ids sent where the API wants a user or a component; any uuid serves on the mock and simulator. */
export const defaultIds = {
  userId: '5b1c0d7e-2f4a-4c61-9a3e-7d2b8c6f1a90',
  componentId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
} as const;

export const strictWorkflowPath = resolve(projectRoot, 'contracts', 'workflow.strict.yaml');
export const defaultWorkflowPath = resolve(projectRoot, 'contracts', 'workflow.default.yaml');
