import { isPassing } from '../../../src/run/RunResult';
import { createCoverage, createRunResult } from '../../support/runResults';

// REVIEW → REVIEW is left unknown by the workflow; the other three pairs are rejected.
const coverage = (tried: number[]) =>
  createCoverage(tried, (from, to) =>
    from === 'REVIEW' && to === 'REVIEW' ? 'unknown' : 'rejected',
  );

const result = (report: ReturnType<typeof coverage>, requireCoverage: boolean) =>
  createRunResult({ coverage: [report], requireCoverage });

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
