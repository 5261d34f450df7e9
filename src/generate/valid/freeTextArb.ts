import fc from 'fast-check';

import { countCodePoints } from './countCodePoints';

export interface LengthBounds {
  minLength: number;
  maxLength?: number;
}

/** Strings at least this long count as long; servers often cap text fields near here. */
const longLength = 256;
const maxLongLength = 4096;

const longTextArb = ({ minLength, maxLength }: LengthBounds): fc.Arbitrary<string> | undefined => {
  const min = Math.max(minLength, longLength);
  const max = Math.max(min, Math.min(maxLength ?? maxLongLength, maxLongLength));
  if (maxLength !== undefined && maxLength < min) return undefined;
  return fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: max, size: 'max' });
};

/**
 * Free text within length bounds: printable ASCII, any code point (non-ASCII and astral), whole
 * graphemes (combining marks, emoji sequences) and long strings. The `binary` and ASCII units
 * produce one code point per unit, so their lengths match JSON Schema's count.
 */
export const freeTextArb = (bounds: LengthBounds): fc.Arbitrary<string> => {
  const { minLength, maxLength } = bounds;
  const fits = (text: string): boolean => {
    const length = countCodePoints(text);
    return length >= minLength && (maxLength === undefined || length <= maxLength);
  };
  const long = longTextArb(bounds);

  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength, maxLength }) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength, maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }).filter(fits) },
    ...(long ? [{ weight: 1, arbitrary: long }] : []),
  );
};
