/** What was observed for one (from, to) pair. */
export interface PairObservation {
  from: string;
  to: string;
  tried: number;
  /** How often each status code was answered. */
  codes: Record<string, number>;
  /** How often the status changed after the move. */
  changed: number;
}

export interface TransitionCoverage {
  record(from: string, to: string, statusCode: number, changed: boolean): void;
  observations(): PairObservation[];
}

/** Counts every move tried, by pair, over the whole run (shrinking included). */
export const createTransitionCoverage = (statuses: readonly string[]): TransitionCoverage => {
  const pairs = new Map<string, PairObservation>();
  for (const from of statuses) {
    for (const to of statuses)
      pairs.set(`${from}>${to}`, { from, to, tried: 0, codes: {}, changed: 0 });
  }

  return {
    record: (from, to, statusCode, changed) => {
      const pair = pairs.get(`${from}>${to}`);
      if (pair === undefined) return;
      pair.tried += 1;
      pair.codes[statusCode] = (pair.codes[statusCode] ?? 0) + 1;
      if (changed) pair.changed += 1;
    },
    observations: () => [...pairs.values()].map((pair) => ({ ...pair, codes: { ...pair.codes } })),
  };
};
