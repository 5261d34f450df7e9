import fc from 'fast-check';

import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import type { JsonObject } from '../schema/isJsonObject';
import { readNumber, readSchemaRecord, readStrings } from '../schema/readKeyword';
import { extraPropertiesArb } from './extraPropertiesArb';
import { isAtDepthLimit, nest, type Walk } from './Walk';

type Member = [string, fc.Arbitrary<unknown>];

/** Schemas of the members to generate: declared ones, and required names declared nowhere. */
const findMemberSchemas = (schema: JsonObject, walk: Walk): [string, unknown][] => {
  const properties = readSchemaRecord(schema, 'properties');
  const required = readStrings(schema, 'required');
  const additional = schema.additionalProperties ?? true;
  const declared = Object.entries(properties).filter(
    ([name, member]) => member !== false && (!isAtDepthLimit(walk) || required.includes(name)),
  );
  const undeclared = required
    .filter((name) => !(name in properties))
    .map((name): [string, unknown] => [name, additional]);
  return [...declared, ...undeclared];
};

const countWithin = (schema: JsonObject) => (value: JsonObject) => {
  const count = Object.keys(value).length;
  return (
    count >= (readNumber(schema, 'minProperties') ?? 0) &&
    count <= (readNumber(schema, 'maxProperties') ?? Infinity)
  );
};

/**
 * Objects with every required property and each optional one present or absent. Past the depth
 * limit only required properties are generated, which is what stops recursive schemas.
 */
export const objectArb = (schema: JsonObject, walk: Walk): fc.Arbitrary<JsonObject> => {
  const required = readStrings(schema, 'required');
  const memberSchemas = findMemberSchemas(schema, walk);
  const missing = required.find((name) => !memberSchemas.some(([member]) => member === name));
  if (missing !== undefined) throw createUnsatisfiableError(`required '${missing}' is forbidden`);

  const inner = nest(walk);
  const members = memberSchemas.map(([name, member]): Member => [
    name,
    walk.generate(member, inner),
  ]);
  // fromEntries defines own keys, so a property named `__proto__` stays a property.
  const model: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(members);
  const declaredArb = fc.record(model, { requiredKeys: required });
  const extraArb = isAtDepthLimit(walk) ? fc.constant({}) : extraPropertiesArb(schema, inner);

  return fc
    .tuple(declaredArb, extraArb)
    .map(([declared, extra]): JsonObject => ({ ...extra, ...declared }))
    .filter(countWithin(schema));
};
