import type { Verdict, Workflow } from '../workflow';
import type { LearnResult } from './learnTable';
import type { LearntVerdict, PairResult } from './PairResult';

/** How the learnt answer to one pair compares with the declared verdict. */
export type Agreement =
  | 'agree'
  | 'declared-allowed-rejected'
  | 'declared-rejected-accepted'
  | 'declared-unreachable-reached'
  | 'unknown-learnt'
  | 'flaky'
  | 'anomaly'
  | 'untried';

/** The agreements that make the declared workflow wrong about the target (exit 1). */
export const differenceKinds: readonly Agreement[] = [
  'declared-allowed-rejected',
  'declared-rejected-accepted',
  'declared-unreachable-reached',
  'flaky',
  'anomaly',
];

export interface PairComparison extends PairResult {
  declared: Verdict;
  agreement: Agreement;
}

export interface WorkflowDiff {
  declaredPath: string;
  initial: { declared: string; learnt: string };
  pairs: PairComparison[];
  differences: PairComparison[];
  /** No difference, the same initial status, and every reached status tried in full. */
  matches: boolean;
}

const compare = (declared: Verdict, learnt: LearntVerdict, intoUnreachable: boolean): Agreement => {
  if (learnt === 'flaky' || learnt === 'anomaly' || learnt === 'untried') return learnt;
  // An accepted move is how explore reaches a status; into one the file calls unreachable, the
  // file is wrong whatever the pair's own verdict says (often `unknown`, which alone would pass).
  if (learnt === 'allowed' && intoUnreachable) return 'declared-unreachable-reached';
  if (declared === 'unknown') return 'unknown-learnt';
  if (declared === learnt) return 'agree';
  return declared === 'allowed' ? 'declared-allowed-rejected' : 'declared-rejected-accepted';
};

/** Compares a learnt table with the declared workflow, pair by pair. */
export const diffWorkflows = (declared: Workflow, learnt: LearnResult): WorkflowDiff => {
  const unreachable = declared.table.unreachable ?? [];
  const pairs = learnt.pairs.map((pair) => {
    const verdict = declared.verdict(pair.from, pair.to);
    const agreement = compare(verdict, pair.learnt, unreachable.includes(pair.to));
    return { ...pair, declared: verdict, agreement };
  });
  const differences = pairs.filter((pair) => differenceKinds.includes(pair.agreement));
  const sameInitial = declared.initial === learnt.initial;

  return {
    declaredPath: declared.path,
    initial: { declared: declared.initial, learnt: learnt.initial },
    pairs,
    differences,
    matches: differences.length === 0 && sameInitial && learnt.stoppedBy === undefined,
  };
};
