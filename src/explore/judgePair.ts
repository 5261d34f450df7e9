import type { LearntVerdict, Observation } from './PairResult';

/**
 * What a pair's tries say together: allowed or rejected when every try agrees, flaky when they
 * differ, an anomaly when every try got the same answer that contradicts itself (a 2xx that
 * changed nothing, a refusal that moved the order, a code that is neither).
 */
export const judgePair = (tries: readonly Observation[]): LearntVerdict => {
  const outcomes = new Set(tries.map((observation) => observation.outcome));
  if (outcomes.size === 0) return 'untried';
  if (outcomes.size > 1) return 'flaky';

  const [only] = outcomes;
  if (only === 'accepted') return 'allowed';
  return only === 'rejected' ? 'rejected' : 'anomaly';
};
