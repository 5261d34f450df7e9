import { HarnessError } from '../../core/HarnessError';
import type { SchemaContext } from '../SchemaContext';
import { isAnnotation } from './isAnnotation';
import { isJsonObject } from './isJsonObject';

/** Past this many `$ref` hops in a row the chain is taken to be a cycle. */
const maxRefHops = 32;

/**
 * Follows `$ref` until a schema without one. In 2020-12 a `$ref` may sit beside other keywords
 * and both apply (JSON Schema Core 8.2.3.1), so such a schema becomes an `allOf` of the two.
 */
export const resolveSchema = (schema: unknown, ctx: SchemaContext, hops = 0): unknown => {
  if (!isJsonObject(schema) || typeof schema.$ref !== 'string') return schema;
  if (hops > maxRefHops) {
    throw new HarnessError(
      'SCHEMA_REF_CYCLE',
      `$ref ${schema.$ref} leads to a cycle of references with no schema in between`,
      'Fix the $ref chain in the spec so it ends in a schema.',
    );
  }

  const target = ctx.resolveRef(schema.$ref);
  if (target === undefined) {
    throw new HarnessError(
      'SCHEMA_REF_UNRESOLVED',
      `$ref ${schema.$ref} does not point at anything in the document`,
      'Fix the $ref in the spec, or the resolveRef given to the generator.',
    );
  }

  const siblings = Object.entries(schema).filter(([keyword]) => !isAnnotation(keyword));
  if (siblings.length > 0) return { allOf: [target, Object.fromEntries(siblings)] };
  return resolveSchema(target, ctx, hops + 1);
};
