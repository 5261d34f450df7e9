import fc from 'fast-check';
import { isHarnessError } from '../../../src/core/HarnessError';
import { learnTable } from '../../../src/explore/learnTable';
import type { PairResult } from '../../../src/explore/PairResult';
import { createFakeTarget, type FakeAnswer } from './support/createFakeTarget';
import { answerAs, loadContract, statuses } from './support/learnFrom';

const strict = answerAs(loadContract('strict'));

const learn = (
  answer: (from: string, to: string) => FakeAnswer,
  tries = 2,
  options?: Parameters<typeof createFakeTarget>[2],
) => {
  const target = createFakeTarget('DRAFT', answer, options);
  const run = learnTable(target.sender, target.requests, {
    statuses,
    tries,
    runTag: 'explore-test',
  });
  return run.then((result) => ({ result, target }));
};

const findPair = (pairs: readonly PairResult[], from: string, to: string) =>
  pairs.find((pair) => pair.from === from && pair.to === to);

/** The statuses reachable from DRAFT through allowed moves, by breadth-first search. */
const findReachable = (allowed: ReadonlySet<string>): Set<string> => {
  const reached = new Set(['DRAFT']);
  for (const from of reached) {
    for (const to of statuses) if (allowed.has(`${from}>${to}`)) reached.add(to);
  }
  return reached;
};

describe('learnTable', () => {
  describe('against a deterministic target with the strict workflow', () => {
    it('learns every pair as the table has it, each from two tries', async () => {
      const { result } = await learn(strict);

      for (const pair of result.pairs) {
        expect([pair.from, pair.to, pair.learnt]).toEqual([
          pair.from,
          pair.to,
          strict(pair.from, pair.to),
        ]);
        expect(pair.tries).toHaveLength(2);
      }
      expect(result.unreachable).toEqual([]);
    });

    it('reaches each status by the shortest path, breadth first', async () => {
      const { result } = await learn(strict);

      expect(result.reached).toEqual([
        'DRAFT',
        'REVIEW',
        'CANCELED',
        'PRODUCTION',
        'ARCHIVED',
        'COMPLETE',
      ]);
    });

    it('creates a fresh work order for every try, plus one probe', async () => {
      const { target } = await learn(strict, 3);

      expect(target.counts.POST).toBe(36 * 3 + 1);
    });
  });

  it('recovers any table on the statuses it can reach and guesses nothing beyond them', async () => {
    const pairArb = fc.constantFrom(
      ...statuses.flatMap((from) => statuses.map((to) => `${from}>${to}`)),
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(pairArb, { maxLength: 20 }), async (allowedList) => {
        const allowed = new Set(
          allowedList.filter((key) => key.split('>')[0] !== key.split('>')[1]),
        );
        const { result } = await learn(
          (from, to) => (allowed.has(`${from}>${to}`) ? 'allowed' : 'rejected'),
          1,
        );
        const reachable = findReachable(allowed);

        expect(new Set(result.reached)).toEqual(reachable);
        expect(result.unreachable).toEqual(statuses.filter((status) => !reachable.has(status)));
        for (const pair of result.pairs) {
          const expected = allowed.has(`${pair.from}>${pair.to}`) ? 'allowed' : 'rejected';
          expect(pair.learnt).toBe(reachable.has(pair.from) ? expected : 'untried');
        }
      }),
      { numRuns: 60 },
    );
  });

  describe('when a pair answers differently from one try to the next', () => {
    it('calls that pair flaky and leaves the others as they are', async () => {
      const flaky = (asked: number) => (asked % 2 === 1 ? 'allowed' : 'rejected');
      const { result } = await learn((from, to) =>
        from === 'COMPLETE' && to === 'ARCHIVED' ? flaky : strict(from, to),
      );

      const odd = result.pairs.filter((pair) => pair.learnt !== strict(pair.from, pair.to));
      expect(odd.map((pair) => [pair.from, pair.to, pair.learnt])).toEqual([
        ['COMPLETE', 'ARCHIVED', 'flaky'],
      ]);
    });
  });

  describe('when a move answers 200 but the status stays', () => {
    it('reports an anomaly; the status is still reached by another move', async () => {
      const { result } = await learn((from, to) =>
        from === 'CANCELED' && to === 'ARCHIVED' ? 'not-persisted' : strict(from, to),
      );

      expect(findPair(result.pairs, 'CANCELED', 'ARCHIVED')?.learnt).toBe('anomaly');
      expect(
        result.pairs.find((pair) => pair.from === 'CANCELED' && pair.to === 'ARCHIVED')?.tries[0],
      ).toMatchObject({
        statusCode: 200,
        after: 'CANCELED',
        outcome: 'not-persisted',
      });
      expect(result.reached).toContain('ARCHIVED');
    });
  });

  describe('when no move leaves the initial status', () => {
    it('reports the other statuses unreachable and their pairs untried', async () => {
      const { result } = await learn(() => 'rejected');

      expect(result.unreachable).toEqual(statuses.slice(1));
      expect(findPair(result.pairs, 'REVIEW', 'DRAFT')?.learnt).toBe('untried');
      expect(result.pairs.find((pair) => pair.from === 'REVIEW')?.untried).toBe('unreachable');
    });
  });

  describe('when a move on the way to a status answers otherwise than before', () => {
    it('records the try as not made and the answer against the move on the way', async () => {
      // REVIEW → PRODUCTION is accepted twice while its own pair is tried, then refused.
      const { result } = await learn((from, to) =>
        from === 'REVIEW' && to === 'PRODUCTION'
          ? (asked) => (asked <= 2 ? 'allowed' : 'rejected')
          : strict(from, to),
      );

      expect(findPair(result.pairs, 'REVIEW', 'PRODUCTION')?.learnt).toBe('flaky');
      const fromProduction = result.pairs.find(
        (pair) => pair.from === 'PRODUCTION' && pair.to === 'DRAFT',
      );
      expect(fromProduction?.setupFailures[0]).toBe(
        'REVIEW → PRODUCTION answered 400 on the way to PRODUCTION',
      );
    });
  });

  describe('when --max-requests is too small for every pair', () => {
    it('stops before the budget, says so, and leaves unreached statuses unexplored', async () => {
      const { result, target } = await learn(strict, 2, { maxRequests: 60 });

      expect(result.stoppedBy).toBe('--max-requests');
      expect(target.sender.sent()).toBeLessThanOrEqual(60);
      expect(result.unreachable).toEqual([]);
      expect(result.unexplored.length).toBeGreaterThan(0);
      expect(result.pairs.filter((pair) => pair.untried === 'budget').length).toBeGreaterThan(0);
    });
  });

  describe('when --max-orders is too small for every pair', () => {
    it('creates no more work orders than allowed and stops', async () => {
      const { result, target } = await learn(strict, 2, { maxOrders: 9 });

      expect(result.stoppedBy).toBe('--max-orders');
      expect(target.counts.POST).toBe(9);
      // A probe and two tries each of DRAFT → DRAFT, REVIEW, PRODUCTION and COMPLETE.
      expect(findPair(result.pairs, 'DRAFT', 'COMPLETE')?.tries).toHaveLength(2);
      expect(findPair(result.pairs, 'DRAFT', 'CANCELED')?.untried).toBe('budget');
    });
  });

  describe('when the target refuses the token', () => {
    it('stops with TOKEN_REJECTED before trying any pair', async () => {
      const error: unknown = await learn(strict, 2, { rejectToken: true }).catch((e: unknown) => e);

      expect(isHarnessError(error) && [error.code, error.message]).toEqual([
        'TOKEN_REJECTED',
        'POST /work-orders answered 401 with the token given',
      ]);
    });
  });
});
