import fc from 'fast-check';

import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import type { JsonObject } from '../schema/isJsonObject';
import { readNumber } from '../schema/readKeyword';
import { integerArb, toIntegerRange } from './integerArb';
import { isWithinBounds, readNumericBounds } from './readNumericBounds';

/** -0 is written `0` in JSON, so generate the value the receiver will read (C16). */
const withoutNegativeZero = (value: number): number => (value === 0 ? 0 : value);

const maxFactor = 1e9;

/** Multiples of a fractional step, kept only when ajv's own division check agrees. */
const fractionalMultiplesArb = (schema: JsonObject, step: number): fc.Arbitrary<number> => {
  const bounds = readNumericBounds(schema);
  const min = Math.ceil((bounds.min ?? -maxFactor) / step);
  const max = Math.floor((bounds.max ?? maxFactor) / step);
  if (min > max) throw createUnsatisfiableError(`no multiple of ${step} within the bounds`);

  return fc
    .integer({ min, max })
    .map((factor) => withoutNegativeZero(factor * step))
    .filter((value) => Number.isInteger(value / step) && isWithinBounds(bounds)(value));
};

/**
 * Numbers within bounds: doubles (never NaN or infinite, C16) and whole numbers, which a
 * `type: number` field receives most often in practice.
 */
export const numberArb = (schema: JsonObject): fc.Arbitrary<number> => {
  const step = readNumber(schema, 'multipleOf');
  if (step !== undefined) {
    return Number.isInteger(step) ? integerArb(schema) : fractionalMultiplesArb(schema, step);
  }

  const bounds = readNumericBounds(schema);
  const doubleArb = fc
    .double({ ...bounds, noNaN: true, noDefaultInfinity: true })
    .map(withoutNegativeZero)
    .filter(isWithinBounds(bounds));
  const range = toIntegerRange(bounds);
  if (range.min > range.max) return doubleArb;
  return fc.oneof(doubleArb, integerArb(schema));
};
