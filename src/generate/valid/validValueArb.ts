import fc from 'fast-check';

import { HarnessError } from '../../core/HarnessError';
import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import { isJsonObject, type JsonObject } from '../schema/isJsonObject';
import { mergeAllOf } from '../schema/mergeAllOf';
import { readTypes } from '../schema/readTypes';
import { resolveSchema } from '../schema/resolveSchema';
import type { SchemaContext, ValidValueOptions } from '../SchemaContext';
import { anyJsonArb } from './anyJsonArb';
import { branchesArb } from './branchesArb';
import { enumArb } from './enumArb';
import { hasKeywordBeyondEngine } from './keywordsBeyondEngine';
import { typedArb } from './typedArb';
import { maxRefHops, minDepth, type Walk } from './Walk';

const checkedBy = (schema: unknown, walk: Walk, arb: fc.Arbitrary<unknown>) => {
  const validate = walk.ctx.validate;
  return validate ? arb.filter((value) => validate(schema, value)) : arb;
};

const generateObjectSchema = (schema: JsonObject, walk: Walk): fc.Arbitrary<unknown> => {
  if ('allOf' in schema)
    return checkedBy(schema, walk, generate(mergeAllOf(schema, walk.ctx), walk));
  if ('anyOf' in schema) return branchesArb(schema, 'anyOf', walk);
  if ('oneOf' in schema) return branchesArb(schema, 'oneOf', walk);

  const members = enumArb(schema);
  if (members) return members;
  const types = readTypes(schema);
  if (!types) return anyJsonArb(walk);
  if (types.length === 0) throw createUnsatisfiableError('`type` lists no known type');

  const arb = fc.oneof(...types.map((type) => typedArb(type, schema, walk)));
  return hasKeywordBeyondEngine(schema) ? checkedBy(schema, walk, arb) : arb;
};

/** The dispatcher every keyword module calls back through `walk.generate`. */
const generate = (schema: unknown, walk: Walk): fc.Arbitrary<unknown> => {
  if (walk.depth < minDepth || walk.refHops > maxRefHops) {
    throw createUnsatisfiableError('the schema requires unbounded nesting');
  }
  if (schema === true) return anyJsonArb(walk);
  if (schema === false) throw createUnsatisfiableError('the schema is `false`');
  if (!isJsonObject(schema)) {
    throw new HarnessError(
      'SCHEMA_INVALID',
      `Expected a schema (an object or a boolean), got ${JSON.stringify(schema)}`,
      'Fix the schema in the spec.',
    );
  }

  if (typeof schema.$ref !== 'string') return generateObjectSchema(schema, walk);
  return generate(resolveSchema(schema, walk.ctx), { ...walk, refHops: walk.refHops + 1 });
};

/**
 * Values valid for a JSON Schema 2020-12 schema as found in an OpenAPI 3.1 document. Every value
 * survives a JSON round trip unchanged: no NaN, no infinities, no -0.
 */
export const validValueArb = (
  schema: unknown,
  ctx: SchemaContext,
  options: ValidValueOptions = {},
): fc.Arbitrary<unknown> =>
  generate(schema, {
    ctx,
    depth: options.maxDepth ?? 3,
    refHops: 0,
    extraProperties: options.extraProperties ?? false,
    generate,
  });
