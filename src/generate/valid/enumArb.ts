import fc from 'fast-check';

import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import type { JsonObject } from '../schema/isJsonObject';
import { isOfType } from '../schema/JsonType';
import { readSchemaList } from '../schema/readKeyword';
import { readTypes } from '../schema/readTypes';
import { toCanonicalJson } from '../schema/toCanonicalJson';
import { toJsonRoundTrip } from './anyJsonArb';

const readMembers = (schema: JsonObject): unknown[] | undefined => {
  const members = readSchemaList(schema, 'enum');
  if (!('const' in schema)) return members;
  const allowed = new Set((members ?? [schema.const]).map(toCanonicalJson));
  return allowed.has(toCanonicalJson(schema.const)) ? [schema.const] : [];
};

/** Members of `enum` or `const` that also have an allowed type; undefined when neither is set. */
export const enumArb = (schema: JsonObject): fc.Arbitrary<unknown> | undefined => {
  const members = readMembers(schema);
  if (!members) return undefined;

  const types = 'type' in schema ? readTypes(schema) : undefined;
  const kept = members.filter((member) => !types || types.some((type) => isOfType(member, type)));
  if (kept.length === 0) throw createUnsatisfiableError('no enum member has an allowed type');
  // Copies, so a caller that edits a generated object cannot edit the schema.
  return fc.constantFrom(...kept).map(toJsonRoundTrip);
};
