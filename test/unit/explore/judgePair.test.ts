import fc from 'fast-check';
import { judgePair } from '../../../src/explore/judgePair';
import type { Observation, TryOutcome } from '../../../src/explore/PairResult';

const observe = (outcome: TryOutcome): Observation => ({
  statusCode: 200,
  outcome,
  workOrderId: '1',
});
const outcomes: TryOutcome[] = [
  'accepted',
  'rejected',
  'not-persisted',
  'changed-on-reject',
  'other',
];

describe('judgePair', () => {
  it('calls a pair allowed when every try was accepted', () => {
    expect(judgePair([observe('accepted'), observe('accepted')])).toBe('allowed');
  });

  it('calls a pair rejected when every try was refused and nothing changed', () => {
    expect(judgePair([observe('rejected'), observe('rejected')])).toBe('rejected');
  });

  it('calls a pair flaky when the tries differ', () => {
    expect(judgePair([observe('accepted'), observe('rejected')])).toBe('flaky');
  });

  it.each(['not-persisted', 'changed-on-reject', 'other'] as const)(
    'calls a pair whose every try was %s an anomaly',
    (outcome) => {
      expect(judgePair([observe(outcome), observe(outcome)])).toBe('anomaly');
    },
  );

  it('calls a pair with no tries untried', () => {
    expect(judgePair([])).toBe('untried');
  });

  it('never depends on the order of the tries', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...outcomes), { maxLength: 6 }), (list) => {
        const tries = list.map(observe);
        expect(judgePair([...tries].reverse())).toBe(judgePair(tries));
      }),
    );
  });
});
