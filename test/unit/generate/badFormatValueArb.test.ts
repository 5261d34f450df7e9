import fc from 'fast-check';

import { badFormatValueArb, negativeFormats } from '../../../src/generate';
import { createSpecOracle, propertyOptions } from './support/createSpecOracle';

const oracle = createSpecOracle();

describe('badFormatValueArb', () => {
  describe.each(negativeFormats)('for the %s format', (format) => {
    it('yields only strings ajv-formats rejects, before any oracle filter', () => {
      const isValid = oracle.isValidFor({ type: 'string', format });
      const arb = badFormatValueArb(format);
      if (!arb) throw new Error(`no negatives for ${format}`);

      fc.assert(
        fc.property(arb, (value) => !isValid(value)),
        propertyOptions,
      );
    });
  });

  describe('for a format without negatives', () => {
    it('yields nothing', () => {
      expect(badFormatValueArb('password')).toBeUndefined();
    });
  });
});
