import { randomBytes } from 'node:crypto';
import { HarnessError, isHarnessError } from '../core/HarnessError';
import { parseBaseUrl } from '../http';
import { startPrism } from '../prism';
import type { TargetKind } from '../run/Target';
import { createSimulator, parseFaultNames, type FaultName } from '../simulator';
import type { SpecModel } from '../spec/SpecModel';
import { findStatuses, loadWorkflow } from '../workflow';
import type { ExploreOptions } from './ExploreOptions';

export interface ExploreTarget {
  kind: TargetKind;
  baseUrl: string;
  /** Sent as the bearer token; never printed or written. */
  token: string;
  stop(): Promise<void>;
}

// Prism's mock accepts any bearer token; a fixed one keeps its reports stable.
const mockToken = 'explore-mock-token';

export const toTargetKind = (target: string): TargetKind => {
  if (target === 'mock') return 'prism-mock';
  if (target === 'simulator') return 'simulator';
  // A URL, right or wrong, gets parseBaseUrl's own message; anything else is not a target at all.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    parseBaseUrl(target);
  } else {
    throw new HarnessError(
      'USAGE',
      `--target '${target}' is neither mock, simulator nor an http(s) base URL`,
      'Pass --target mock, --target simulator, or the API base URL, e.g. https://api.serial.io.',
    );
  }
  return 'live';
};

const readFaults = (names: readonly string[]): FaultName[] => {
  try {
    return parseFaultNames(names);
  } catch (error) {
    if (!isHarnessError(error)) throw error;
    throw new HarnessError(
      error.code,
      error.message,
      error.fix.replace('--fault', '--simulate-fault'),
    );
  }
};

/**
 * Checks what the target needs from the flags (its kind, the simulator's workflow and faults)
 * before anything starts, so a dry run refuses the same input a real run would.
 */
export const checkTargetOptions = (options: ExploreOptions, statuses: readonly string[]): void => {
  if (toTargetKind(options.target) !== 'simulator') return;
  loadWorkflow(options.simulateWorkflowPath, statuses);
  readFaults(options.simulateFaults);
};

/** What is explored, in words, before anything is started. */
export const describeTarget = (options: ExploreOptions): string => {
  const kind = toTargetKind(options.target);
  if (kind === 'prism-mock') return `Prism's mock of ${options.specPath}`;
  if (kind === 'live') return options.target;
  const faults =
    options.simulateFaults.length === 0 ? '' : `, faults ${options.simulateFaults.join(', ')}`;
  return `the embedded simulator (workflow ${options.simulateWorkflowPath}${faults})`;
};

const requireToken = (options: ExploreOptions): string => {
  if (options.token !== undefined && options.token !== '') return options.token;
  throw new HarnessError(
    'EXPLORE_NO_TOKEN',
    `no API token for ${options.target}`,
    'Set SERIAL_API_TOKEN or pass --token (a dry run needs none).',
  );
};

/** Starts the embedded mock or simulator, or checks what a live target needs. */
export const startExploreTarget = async (
  options: ExploreOptions,
  spec: SpecModel,
): Promise<ExploreTarget> => {
  const kind = toTargetKind(options.target);
  if (kind === 'live') {
    const token = requireToken(options);
    return { kind, baseUrl: options.target, token, stop: () => Promise.resolve() };
  }
  if (kind === 'prism-mock') {
    const prism = await startPrism({ specPath: options.specPath });
    return { kind, baseUrl: prism.baseUrl, token: mockToken, stop: () => prism.stop() };
  }

  const workflow = loadWorkflow(options.simulateWorkflowPath, findStatuses(spec));
  const token = options.token ?? randomBytes(16).toString('hex');
  const faults = readFaults(options.simulateFaults);
  const simulator = createSimulator({ spec, workflow, token, faults });
  const { baseUrl } = await simulator.listen(0);
  return { kind, baseUrl, token, stop: () => simulator.close() };
};
