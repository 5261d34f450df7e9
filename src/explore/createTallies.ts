import { judgePair } from './judgePair';
import { pairKey, type Observation, type PairResult, type UntriedReason } from './PairResult';

export interface Tally {
  tries: Observation[];
  setupFailures: string[];
}

export interface Tallies {
  /** The tally of a pair, created empty on first use. */
  get(from: string, to: string): Tally;
  /** Every pair in the enum's order, judged; `reached` and `stopped` explain the untried. */
  toResults(
    statuses: readonly string[],
    reached: ReadonlySet<string>,
    stopped: boolean,
  ): PairResult[];
}

const findUntriedReason = (reached: boolean, stopped: boolean): UntriedReason => {
  if (stopped) return 'budget';
  return reached ? 'setup-failed' : 'unreachable';
};

/** What each pair's tries observed so far. */
export const createTallies = (): Tallies => {
  const tallies = new Map<string, Tally>();
  const get = (from: string, to: string): Tally => {
    const found = tallies.get(pairKey(from, to)) ?? { tries: [], setupFailures: [] };
    tallies.set(pairKey(from, to), found);
    return found;
  };

  const toResult = (from: string, to: string, reached: boolean, stopped: boolean): PairResult => {
    const { tries, setupFailures } = get(from, to);
    const learnt = judgePair(tries);
    const result = { from, to, learnt, tries, setupFailures };
    if (learnt !== 'untried') return result;
    return { ...result, untried: findUntriedReason(reached, stopped) };
  };

  return {
    get,
    toResults: (statuses, reached, stopped) =>
      statuses.flatMap((from) =>
        statuses.map((to) => toResult(from, to, reached.has(from), stopped)),
      ),
  };
};
