import type { SchemaContext } from '../SchemaContext';
import { createUnsatisfiableError } from './createUnsatisfiableError';
import { isJsonObject, type JsonObject } from './isJsonObject';
import { isJsonType, type JsonType } from './JsonType';
import { readSchemaList } from './readKeyword';
import { resolveSchema } from './resolveSchema';
import { toCanonicalJson } from './toCanonicalJson';

const lowerBounds = new Set([
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
]);
const upperBounds = new Set([
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
]);

const toTypes = (value: unknown): JsonType[] =>
  isJsonType(value) ? [value] : Array.isArray(value) ? value.filter(isJsonType) : [];

const intersectTypes = (left: unknown, right: unknown): JsonType[] => {
  const rightTypes = toTypes(right);
  return toTypes(left).flatMap((type): JsonType[] => {
    if (rightTypes.includes(type)) return [type];
    // `integer` is a subset of `number`, so their intersection is `integer`.
    if (type === 'number' && rightTypes.includes('integer')) return ['integer'];
    if (type === 'integer' && rightTypes.includes('number')) return ['integer'];
    return [];
  });
};

const mergeProperties = (left: unknown, right: unknown): JsonObject => {
  const merged: JsonObject = { ...(isJsonObject(left) ? left : {}) };
  for (const [name, schema] of Object.entries(isJsonObject(right) ? right : {})) {
    merged[name] = name in merged ? { allOf: [merged[name], schema] } : schema;
  }
  return merged;
};

const intersectEnums = (left: unknown, right: unknown): unknown[] => {
  const rightKeys = new Set((Array.isArray(right) ? right : []).map(toCanonicalJson));
  return (Array.isArray(left) ? left : []).filter((item) => rightKeys.has(toCanonicalJson(item)));
};

/** Merges one keyword into the accumulated schema; other keywords keep their first value. */
const mergeKeyword = (into: JsonObject, keyword: string, value: unknown): void => {
  const existing = into[keyword];
  if (existing === undefined) into[keyword] = value;
  else if (keyword === 'type') into.type = intersectTypes(existing, value);
  else if (keyword === 'properties') into.properties = mergeProperties(existing, value);
  else if (keyword === 'required') into.required = [...new Set([existing, value].flat())];
  else if (keyword === 'enum') into.enum = intersectEnums(existing, value);
  else if (lowerBounds.has(keyword)) into[keyword] = Math.max(Number(existing), Number(value));
  else if (upperBounds.has(keyword)) into[keyword] = Math.min(Number(existing), Number(value));
};

/**
 * Merges the branches of an `allOf` (after `$ref`) into one schema, the usual case being object
 * schemas that add properties to a base. The merge can be looser than the `allOf` (two patterns,
 * `additionalProperties` beside another branch's properties), so callers that can should still
 * check values against the original.
 */
export const mergeAllOf = (schema: JsonObject, ctx: SchemaContext): JsonObject => {
  const rest = Object.fromEntries(
    Object.entries(schema).filter(([keyword]) => keyword !== 'allOf'),
  );
  const branches = [rest, ...(readSchemaList(schema, 'allOf') ?? [])];
  const merged: JsonObject = {};

  for (const branch of branches) {
    const resolved = resolveSchema(branch, ctx);
    if (resolved === true) continue;
    if (!isJsonObject(resolved)) throw createUnsatisfiableError('an allOf branch is `false`');
    const flat = 'allOf' in resolved ? mergeAllOf(resolved, ctx) : resolved;
    for (const [keyword, value] of Object.entries(flat)) mergeKeyword(merged, keyword, value);
  }
  return merged;
};
