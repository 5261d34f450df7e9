import fc from 'fast-check';

import { uuidArb } from '../../../src/generate';
import { createSpecOracle, propertyOptions } from './support/createSpecOracle';

describe('uuidArb', () => {
  const isUuid = createSpecOracle().isValidFor({ type: 'string', format: 'uuid' });

  it('yields only strings ajv-formats accepts as uuids', () => {
    fc.assert(fc.property(uuidArb(), isUuid), propertyOptions);
  });

  it('yields lower, upper and mixed case', () => {
    const values = fc.sample(uuidArb(), { seed: 42, numRuns: 200 });
    const hasLetters = (value: string) => /[a-f]/i.test(value);

    expect(values.some((value) => hasLetters(value) && value === value.toLowerCase())).toBe(true);
    expect(values.some((value) => hasLetters(value) && value === value.toUpperCase())).toBe(true);
    expect(values.some((value) => /[a-f]/.test(value) && /[A-F]/.test(value))).toBe(true);
  });
});
