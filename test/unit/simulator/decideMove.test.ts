import { decideMove, type FaultName } from '../../../src/simulator';

const decide = (verdict: 'allowed' | 'rejected', faults: FaultName[] = [], acceptedBefore = 0) =>
  decideMove(verdict, new Set(faults), acceptedBefore);

describe('decideMove', () => {
  describe('without faults', () => {
    it('answers 200 and persists an allowed move', () => {
      expect(decide('allowed')).toEqual({ statusCode: 200, persist: true });
    });

    it('answers 400 and changes nothing for a rejected move', () => {
      expect(decide('rejected')).toEqual({ statusCode: 400, persist: false });
    });
  });

  describe('with faults', () => {
    it.each([
      ['illegal-move-accepted', 'rejected', { statusCode: 200, persist: true }],
      ['undocumented-status', 'rejected', { statusCode: 409, persist: false }],
      ['rejected-move-changes-state', 'rejected', { statusCode: 400, persist: true }],
      ['legal-move-rejected', 'allowed', { statusCode: 400, persist: false }],
      ['move-not-persisted', 'allowed', { statusCode: 200, persist: false }],
    ] as const)('%s turns a %s move into %j', (fault, verdict, decision) => {
      expect(decide(verdict, [fault])).toEqual(decision);
    });

    it('third-move-not-persisted forgets the third accepted move only', () => {
      const persisted = [0, 1, 2, 3].map(
        (before) => decide('allowed', ['third-move-not-persisted'], before).persist,
      );

      expect(persisted).toEqual([true, true, false, true]);
    });
  });
});
