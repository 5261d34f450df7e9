import type { Verdict } from '../workflow';
import type { PairObservation } from './model/TransitionCoverage';
import type { TargetKind } from './Target';

/** The transition matrix of one run: for each (from, to) pair, the verdict and what was seen. */
export interface CoverageReport {
  target: TargetKind;
  workflowPath: string;
  statuses: readonly string[];
  pairs: (PairObservation & { verdict: Verdict })[];
}

/** Pairs the workflow declares (allowed or rejected) that no move tried. */
export const findUntriedDeclared = (coverage: CoverageReport) =>
  coverage.pairs.filter((pair) => pair.verdict !== 'unknown' && pair.tried === 0);
