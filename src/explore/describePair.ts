import type { Agreement } from './diffWorkflows';
import type { Observation, PairResult } from './PairResult';

export const agreementLabels: Record<Agreement, string> = {
  agree: 'as declared',
  'declared-allowed-rejected': 'declared allowed but rejected',
  'declared-rejected-accepted': 'declared rejected but accepted',
  'declared-unreachable-reached': 'declared unreachable but reached',
  'unknown-learnt': 'declared unknown, now learnt',
  flaky: 'flaky',
  anomaly: 'anomaly',
  untried: 'untried',
};

/** One try in a few words: the code, and where the order stood when that was not the expected. */
export const describeTry = (observation: Observation): string => {
  const code = observation.statusCode === 0 ? 'no answer' : String(observation.statusCode);
  const after = observation.after ?? 'nothing';
  const drive = observation.duringDrive === true ? ' while driving' : '';
  switch (observation.outcome) {
    case 'not-persisted':
      return `${code} but stayed ${after}${drive}`;
    case 'changed-on-reject':
      return `${code} but moved to ${after}${drive}`;
    case 'other':
      return `${code}, read back ${after}${drive}`;
    default:
      return `${code}${drive}`;
  }
};

/** `FROM → TO` */
export const describeMove = (pair: { from: string; to: string }): string =>
  `${pair.from} → ${pair.to}`;

/** The tries of a pair, then its setup failures: `200, 200` or `400, 200 but stayed DRAFT`. */
export const describeTries = (pair: PairResult): string => {
  const parts = [
    ...pair.tries.map(describeTry),
    ...pair.setupFailures.map((reason) => `not tried: ${reason}`),
  ];
  if (parts.length > 0) return parts.join(', ');
  return pair.untried === undefined ? 'no tries' : `untried (${pair.untried})`;
};
