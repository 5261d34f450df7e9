import fc from 'fast-check';

import { stringConstraints } from './hasInvalidSegment';
import { isJsonObject } from './schema/isJsonObject';
import { resolveSchema } from './schema/resolveSchema';
import { readTypes } from './schema/readTypes';
import type { SchemaContext } from './SchemaContext';
import { createRefFreeContext } from './createRefFreeContext';
import { freeTextArb } from './valid/freeTextArb';
import { uuidArb } from './valid/uuidArb';
import { validValueArb } from './valid/validValueArb';

/** Values that trip request builders (C14) or look like other types but are strings (C13). */
const trickySegments = [
  'WO 17',
  'a/b',
  '50%',
  '%2e%2e',
  'a?b',
  'a#b',
  'a+b',
  'false',
  'null',
  '123',
  '0',
  '-1',
  'true',
  'é',
  '工单',
  '...',
];

/** `.` and `..` are dot-segments (RFC 3986 5.2.4): URL parsers drop them; they cannot be sent. */
const isSendable = (segment: string): boolean =>
  segment !== '' && segment !== '.' && segment !== '..';

/** Style `simple`, the default for paths (OAS 3.1 Parameter Object): items joined by commas. */
const toSegmentText = (value: unknown): string => {
  if (Array.isArray(value)) return value.map(toSegmentText).join(',');
  if (isJsonObject(value)) return Object.entries(value).flat().map(toSegmentText).join(',');
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const isPlainString = (schema: unknown): boolean => {
  if (!isJsonObject(schema)) return false;
  const types = readTypes(schema);
  const isString = types?.length === 1 && types[0] === 'string';
  return isString && !stringConstraints.some((keyword) => keyword in schema);
};

/**
 * Un-encoded values for a path parameter. All are valid: for a plain string every non-empty
 * segment is, so no negative exists (C13). Never '', '.' or '..' (C14).
 */
export const pathSegmentArb = (
  schema: unknown,
  ctx: SchemaContext = createRefFreeContext(),
): fc.Arbitrary<string> => {
  const resolved = resolveSchema(schema, ctx);
  if (!isPlainString(resolved)) {
    return validValueArb(resolved, ctx).map(toSegmentText).filter(isSendable);
  }

  return fc
    .oneof(
      { weight: 3, arbitrary: uuidArb() },
      { weight: 2, arbitrary: fc.constantFrom(...trickySegments) },
      { weight: 1, arbitrary: fc.integer({ min: 1 }).map(String) },
      { weight: 3, arbitrary: freeTextArb({ minLength: 1 }) },
    )
    .filter(isSendable);
};
