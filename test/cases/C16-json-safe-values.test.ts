import fc from 'fast-check';

import { toJsonRoundTrip, validValueArb } from '../../src/generate';
import { createSpecOracle, propertyOptions } from '../unit/generate/support/createSpecOracle';

const oracle = createSpecOracle();
const body = {
  type: 'object',
  properties: { qty: { type: 'number' }, due: { type: 'string', format: 'date-time' } },
};

const isJsonSafeNumber = (value: unknown): boolean =>
  typeof value !== 'number' || (Number.isFinite(value) && !Object.is(value, -0));

describe('C16: generated values survive JSON and RFC 3339', () => {
  const arb = validValueArb(body, oracle.ctx) as fc.Arbitrary<{ qty?: number; due?: string }>;

  it('never generates NaN, an infinity or -0', () => {
    fc.assert(
      fc.property(arb, ({ qty }) => isJsonSafeNumber(qty)),
      propertyOptions,
    );
  });

  it('generates due dates with four-digit years that Date reads as a valid instant', () => {
    fc.assert(
      fc.property(arb, ({ due }) => {
        if (due === undefined) return;
        expect(due).toMatch(/^\d{4}-\d\d-\d\d[Tt]/);
        expect(Number.isNaN(Date.parse(due.toUpperCase()))).toBe(false);
      }),
      propertyOptions,
    );
  });

  it('generates bodies a JSON round trip leaves unchanged', () => {
    fc.assert(
      fc.property(arb, (value) => {
        expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
      }),
      propertyOptions,
    );
  });

  it('generates +0, not -0, where 0 is the only valid number', () => {
    const zeros = fc.sample(validValueArb({ type: 'number', minimum: 0, maximum: 0 }, oracle.ctx), {
      seed: 42,
      numRuns: 50,
    });
    expect(zeros.every((zero) => Object.is(zero, 0))).toBe(true);
  });

  describe('when comparing sent and echoed data', () => {
    it('compares the JSON forms, in which -0 sent and 0 echoed are equal', () => {
      expect(JSON.stringify({ qty: -0 })).toBe(JSON.stringify({ qty: 0 }));
      expect(toJsonRoundTrip({ qty: -0 })).toStrictEqual({ qty: 0 });
    });

    it('shows why raw fast-check values are unsafe: NaN and Invalid Date do not survive', () => {
      expect(toJsonRoundTrip({ qty: NaN })).toStrictEqual({ qty: null });
      expect(() => new Date(NaN).toISOString()).toThrow(RangeError);
      expect(new Date(Date.UTC(10000, 0, 1)).toISOString()).toBe('+010000-01-01T00:00:00.000Z');
    });
  });
});
