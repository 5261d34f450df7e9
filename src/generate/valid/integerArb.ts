import fc from 'fast-check';

import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import type { JsonObject } from '../schema/isJsonObject';
import { readNumber, readString } from '../schema/readKeyword';
import { readNumericBounds, type NumericBounds } from './readNumericBounds';

const int32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** Whole numbers beyond 2^53 lose precision in JSON parsers, so stay within the safe range. */
const safe = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

const toLowest = (min: number | undefined, excluded: boolean, fallback: number): number => {
  if (min === undefined) return fallback;
  return excluded && Number.isInteger(min) ? min + 1 : Math.ceil(min);
};

const toHighest = (max: number | undefined, excluded: boolean, fallback: number): number => {
  if (max === undefined) return fallback;
  return excluded && Number.isInteger(max) ? max - 1 : Math.floor(max);
};

/** The whole numbers within bounds, as an inclusive range. */
export const toIntegerRange = (bounds: NumericBounds, format?: string) => {
  const limits = format === 'int32' ? int32 : safe;
  return {
    min: Math.max(toLowest(bounds.min, bounds.minExcluded, limits.min), limits.min),
    max: Math.min(toHighest(bounds.max, bounds.maxExcluded, limits.max), limits.max),
  };
};

const multiplesArb = (range: { min: number; max: number }, step: number): fc.Arbitrary<number> => {
  const min = Math.ceil(range.min / step);
  const max = Math.floor(range.max / step);
  if (min > max) {
    throw createUnsatisfiableError(`no multiple of ${step} in [${range.min}, ${range.max}]`);
  }

  // ajv checks `value / multipleOf` is whole; a product can round off, so check the same way.
  return fc
    .integer({ min, max })
    .map((factor) => factor * step || 0)
    .filter((value) => Number.isInteger(value) && Number.isInteger(value / step));
};

/** Integers within bounds, `multipleOf` and the `int32` format. */
export const integerArb = (schema: JsonObject): fc.Arbitrary<number> => {
  const range = toIntegerRange(readNumericBounds(schema), readString(schema, 'format'));
  if (range.min > range.max) {
    throw createUnsatisfiableError(`no integer in [${range.min}, ${range.max}]`);
  }

  const step = readNumber(schema, 'multipleOf');
  return step === undefined ? fc.integer(range) : multiplesArb(range, step);
};
