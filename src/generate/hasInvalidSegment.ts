import { createRefFreeContext } from './createRefFreeContext';
import { isJsonObject } from './schema/isJsonObject';
import { readAllowedTypes } from './schema/readAllowedTypes';
import { resolveSchema } from './schema/resolveSchema';
import type { SchemaContext } from './SchemaContext';

/** Keywords that can reject a non-empty string; combinators count, being beyond this check. */
export const stringConstraints = [
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
];

/**
 * Whether some sendable path segment breaks the parameter schema. For `type: string` with no
 * other constraint none does: `false`, `null` and `123` are strings too (case C13), so a
 * negative generator must skip the parameter.
 */
export const hasInvalidSegment = (
  schema: unknown,
  ctx: SchemaContext = createRefFreeContext(),
): boolean => {
  const resolved = resolveSchema(schema, ctx);
  if (!isJsonObject(resolved)) return resolved === false;

  const allowed = readAllowedTypes(resolved, ctx);
  if (allowed !== 'any' && !allowed.includes('string')) return true;
  return stringConstraints.some((keyword) => keyword in resolved);
};
