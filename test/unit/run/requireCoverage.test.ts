import type { CoverageReport } from '../../../src/run/CoverageReport';
import { isPassing, type RunResult } from '../../../src/run/RunResult';

const statuses = ['DRAFT', 'REVIEW'];

const coverage = (tried: number[]): CoverageReport => ({
  target: 'simulator',
  workflowPath: 'contracts/workflow.test.yaml',
  statuses,
  pairs: statuses.flatMap((from, row) =>
    statuses.map((to, column) => ({
      from,
      to,
      verdict: from === 'REVIEW' && to === 'REVIEW' ? ('unknown' as const) : ('rejected' as const),
      tried: tried[row * 2 + column] ?? 0,
      codes: {},
      changed: 0,
    })),
  ),
});

const result = (report: CoverageReport, requireCoverage: boolean): RunResult => ({
  command: 'contract',
  specPath: 'spec.yaml',
  targets: [],
  seed: 1,
  numRuns: 1,
  startedAt: '',
  durationMs: 0,
  properties: [],
  coverage: [report],
  requireCoverage,
  deviations: [],
});

describe('--require-coverage', () => {
  it('fails the run when a pair the workflow declares was never tried', () => {
    expect(isPassing(result(coverage([1, 0, 1, 1]), true))).toBe(false);
  });

  it('ignores untried pairs the workflow leaves unknown', () => {
    expect(isPassing(result(coverage([1, 1, 1, 0]), true))).toBe(true);
  });

  it('does not fail the run on coverage unless asked', () => {
    expect(isPassing(result(coverage([0, 0, 0, 0]), false))).toBe(true);
  });
});
