import fc from 'fast-check';

import { dateTimeArb } from '../../../src/generate';
import { createSpecOracle, propertyOptions } from './support/createSpecOracle';

describe('dateTimeArb', () => {
  const isDateTime = createSpecOracle().isValidFor({ type: 'string', format: 'date-time' });

  it('yields only strings ajv-formats accepts as date-times', () => {
    fc.assert(fc.property(dateTimeArb(), isDateTime), propertyOptions);
  });

  it('yields four-digit years that Date reads as a valid instant (C16)', () => {
    fc.assert(
      fc.property(dateTimeArb(), (value) => {
        expect(value).toMatch(/^\d{4}-/);
        expect(Number.isNaN(Date.parse(value.toUpperCase()))).toBe(false);
      }),
      propertyOptions,
    );
  });

  it('sometimes uses lowercase t and z and numeric offsets, which RFC 3339 allows', () => {
    const values = fc.sample(dateTimeArb(), { seed: 42, numRuns: 300 });

    expect(values.some((value) => value.includes('t'))).toBe(true);
    expect(values.some((value) => value.endsWith('z'))).toBe(true);
    expect(values.some((value) => /[+-]\d\d:\d\d$/.test(value))).toBe(true);
  });
});
