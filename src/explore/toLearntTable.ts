import type { Verdict, WorkflowTable } from '../workflow';
import type { LearnResult } from './learnTable';
import type { LearntVerdict } from './PairResult';

const toVerdict = (learnt: LearntVerdict): Verdict =>
  learnt === 'allowed' || learnt === 'rejected' ? learnt : 'unknown';

/**
 * The learnt table as a workflow table: each pair whose tries agreed is allowed or rejected;
 * flaky, anomalous and untried pairs are left to `otherwise: unknown`, so nothing is guessed.
 */
export const toLearntTable = (
  result: Pick<LearnResult, 'initial' | 'pairs'> & Partial<Pick<LearnResult, 'unreachable'>>,
): WorkflowTable => {
  const transitions: WorkflowTable['transitions'] = {};
  for (const pair of result.pairs) {
    const verdict = toVerdict(pair.learnt);
    if (verdict === 'unknown') continue;
    transitions[pair.from] = { ...transitions[pair.from], [pair.to]: verdict };
  }
  // Statuses no move reached are declared so: the file then loads, and says what was seen.
  const unreachable = result.unreachable ?? [];
  return {
    initial: result.initial,
    transitions,
    otherwise: 'unknown',
    ...(unreachable.length === 0 ? {} : { unreachable: [...unreachable] }),
  };
};
