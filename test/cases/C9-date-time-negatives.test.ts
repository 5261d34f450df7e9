import fc from 'fast-check';

import { badDateTimeArb, dateTimeArb } from '../../src/generate';
import { createSpecOracle, propertyOptions } from '../unit/generate/support/createSpecOracle';

const isDateTime = createSpecOracle().isValidFor({ type: 'string', format: 'date-time' });

const table = {
  a: '2018-01-26T00:18:49.000',
  b: '2018-01-26T00:18:49Z',
  c: '2018-01-26 00:18:49Z',
  d: '2018-01-26t00:18:49z',
  e: '2018-01-26T00:18:49+0100',
  f: '2018-02-30T00:00:00Z',
};

/** Forms RFC 3339's ABNF rejects but ajv-formats 3 accepts: never a negative, never a positive. */
const isDisputed = (value: string): boolean =>
  /^\d{4}-\d\d-\d\d\s/.test(value) || /:\d\d(\.\d+)?[+-]\d\d(\d\d)?$/.test(value);

describe('C9: date-time without a time-zone offset', () => {
  describe('ajv-formats 3 in full mode', () => {
    it.each([
      ['(a) no offset', table.a, false],
      ['(b) Z offset', table.b, true],
      ['(c) a space separator, which the RFC allows only by agreement', table.c, true],
      ['(d) lowercase t and z', table.d, true],
      ['(e) an offset without a colon, against the ABNF', table.e, true],
      ['(f) a day February does not have', table.f, false],
    ])('judges %s as valid: %s', (_name, value, expected) => {
      expect(isDateTime(value)).toBe(expected);
    });
  });

  describe('the negative generator', () => {
    it('yields only strings ajv-formats rejects', () => {
      fc.assert(
        fc.property(badDateTimeArb(), (value) => !isDateTime(value)),
        propertyOptions,
      );
    });

    it('never uses the valid forms (b) and (d), nor the disputed (c) and (e)', () => {
      fc.assert(
        fc.property(badDateTimeArb(), (value) => {
          expect([table.b, table.d]).not.toContain(value);
          expect(isDisputed(value)).toBe(false);
        }),
        propertyOptions,
      );
    });

    it('includes the missing offset (a) and the impossible day (f)', () => {
      const values = fc.sample(badDateTimeArb(), { seed: 42, numRuns: 500 });

      expect(values).toContain(table.a);
      expect(values).toContain(table.f);
    });
  });

  describe('the positive generator', () => {
    it('never relies on the disputed forms (c) and (e)', () => {
      fc.assert(
        fc.property(dateTimeArb(), (value) => !isDisputed(value)),
        propertyOptions,
      );
    });
  });
});
