import fc from 'fast-check';

import type { JsonObject } from '../schema/isJsonObject';
import { readNumber, readString } from '../schema/readKeyword';
import { countCodePoints } from './countCodePoints';
import { formatArb } from './formatArb';
import { freeTextArb } from './freeTextArb';

const toPattern = (source: string): RegExp => new RegExp(source, 'u');

/** ECMA-262 regexes with the `u` flag, as ajv compiles `pattern`; `search`, not a full match. */
const patternArb = (source: string): fc.Arbitrary<string> => fc.stringMatching(toPattern(source));

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
