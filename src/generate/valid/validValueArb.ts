import fc from 'fast-check';

import { HarnessError } from '../../core/HarnessError';
import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import { isAnnotation } from '../schema/isAnnotation';
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

/** Filters by the oracle, given the schema as the document has it, which the oracle compiles. */
const checkedBy = (schema: JsonObject, walk: Walk, arb: fc.Arbitrary<unknown>) => {
  const validate = walk.ctx.validate;
  return validate ? arb.filter((value) => validate(schema, value)) : arb;
};

const generateObjectSchema = (schema: JsonObject, walk: Walk): fc.Arbitrary<unknown> => {
  if ('allOf' in schema) {
    return checkedBy(schema, walk, generate(mergeAllOf(schema, walk.ctx), walk));
  }
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

/** A `$ref` beside constraining keywords is an `allOf` of the two (JSON Schema Core 8.2.3.1). */
const generateRef = (schema: JsonObject, walk: Walk): fc.Arbitrary<unknown> => {
  const resolved = resolveSchema(schema, walk.ctx);
  const next = { ...walk, refHops: walk.refHops + 1 };
  const hasSiblings = Object.keys(schema).some((keyword) => !isAnnotation(keyword));
  if (!hasSiblings || !isJsonObject(resolved)) return generate(resolved, next);
  return checkedBy(schema, walk, generate(mergeAllOf(resolved, walk.ctx), next));
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

  return typeof schema.$ref === 'string'
    ? generateRef(schema, walk)
    : generateObjectSchema(schema, walk);
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
