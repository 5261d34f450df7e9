import type { CoverageReport } from '../../src/run/CoverageReport';
import type { RunResult } from '../../src/run/RunResult';
import type { Verdict } from '../../src/workflow';

/** A contract run on the simulator with nothing in it; tests set what they look at. */
export const createRunResult = (overrides: Partial<RunResult> = {}): RunResult => ({
  command: 'contract',
  specPath: 'spec.yaml',
  targets: [{ kind: 'simulator', baseUrl: 'http://127.0.0.1:1' }],
  seed: 1,
  numRuns: 1,
  startedAt: '',
  durationMs: 0,
  properties: [],
  coverage: [],
  requireCoverage: false,
  deviations: [],
  ...overrides,
});

const statuses = ['DRAFT', 'REVIEW'];

/**
 * Coverage of the four pairs of DRAFT and REVIEW, tried as often as `tried` says, row by row;
 * every pair is rejected unless `verdictOf` says otherwise.
 */
export const createCoverage = (
  tried: number[],
  verdictOf: (from: string, to: string) => Verdict = () => 'rejected',
): CoverageReport => ({
  target: 'simulator',
  workflowPath: 'contracts/workflow.test.yaml',
  statuses,
  pairs: statuses.flatMap((from, row) =>
    statuses.map((to, column) => ({
      from,
      to,
      verdict: verdictOf(from, to),
      tried: tried[row * 2 + column] ?? 0,
      codes: {},
      changed: 0,
    })),
  ),
});
