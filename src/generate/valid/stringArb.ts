import fc from 'fast-check';

import { HarnessError } from '../../core/HarnessError';
import type { JsonObject } from '../schema/isJsonObject';
import { readNumber, readString } from '../schema/readKeyword';
import { countCodePoints } from './countCodePoints';
import { formatArb } from './formatArb';
import { freeTextArb } from './freeTextArb';

/** ECMA-262 with the `u` flag, as ajv compiles it; unanchored, as 2020-12 Validation 6.3.3 says. */
const toPattern = (source: string): RegExp => new RegExp(source, 'u');

/** fast-check builds strings for most regex syntax, not all (lookarounds, backreferences). */
const patternArb = (source: string): fc.Arbitrary<string> => {
  try {
    return fc.stringMatching(toPattern(source));
  } catch (error) {
    throw new HarnessError(
      'SCHEMA_PATTERN_UNSUPPORTED',
      `Cannot generate strings for pattern ${source}: ${String(error)}`,
      'Simplify the pattern in the spec, or leave this operation out of generated runs.',
    );
  }
};

/** Strings for a `type: string` schema: format, else pattern, else free text, within lengths. */
export const stringArb = (schema: JsonObject): fc.Arbitrary<string> => {
  const minLength = readNumber(schema, 'minLength') ?? 0;
  const maxLength = readNumber(schema, 'maxLength');
  const pattern = readString(schema, 'pattern');
  const format = readString(schema, 'format');

  const formatted = format === undefined ? undefined : formatArb(format);
  const base = formatted ?? (pattern === undefined ? undefined : patternArb(pattern));
  if (!base) return freeTextArb({ minLength, maxLength });

  const regex = pattern === undefined ? undefined : toPattern(pattern);
  return base.filter((text) => {
    const length = countCodePoints(text);
    const fitsLength = length >= minLength && (maxLength === undefined || length <= maxLength);
    return fitsLength && (regex === undefined || regex.test(text));
  });
};
