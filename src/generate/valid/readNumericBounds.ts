import type { JsonObject } from '../schema/isJsonObject';
import { readNumber } from '../schema/readKeyword';

export interface NumericBounds {
  min?: number;
  max?: number;
  minExcluded: boolean;
  maxExcluded: boolean;
}

type Bound = { value: number; excluded: boolean } | undefined;

const stricter = (
  inclusive: Bound,
  exclusive: Bound,
  isTighter: (a: number, b: number) => boolean,
): Bound => {
  if (!inclusive) return exclusive;
  if (!exclusive) return inclusive;
  return isTighter(inclusive.value, exclusive.value) ? inclusive : exclusive;
};

const toBound = (value: number | undefined, excluded: boolean): Bound =>
  value === undefined ? undefined : { value, excluded };

/** Bounds from `minimum`/`maximum` and the numeric `exclusiveMinimum`/`exclusiveMaximum` of 3.1. */
export const readNumericBounds = (schema: JsonObject): NumericBounds => {
  const lower = stricter(
    toBound(readNumber(schema, 'minimum'), false),
    toBound(readNumber(schema, 'exclusiveMinimum'), true),
    (a, b) => a > b,
  );
  const upper = stricter(
    toBound(readNumber(schema, 'maximum'), false),
    toBound(readNumber(schema, 'exclusiveMaximum'), true),
    (a, b) => a < b,
  );
  return {
    min: lower?.value,
    max: upper?.value,
    minExcluded: lower?.excluded ?? false,
    maxExcluded: upper?.excluded ?? false,
  };
};

export const isWithinBounds =
  (bounds: NumericBounds) =>
  (value: number): boolean => {
    const { min, max, minExcluded, maxExcluded } = bounds;
    const aboveMin = min === undefined || (minExcluded ? value > min : value >= min);
    const belowMax = max === undefined || (maxExcluded ? value < max : value <= max);
    return aboveMin && belowMax;
  };
