import { isJsonObject, type JsonObject } from '../schema/isJsonObject';
import { mergeAllOf } from '../schema/mergeAllOf';
import { readAllowedTypes, type AllowedTypes } from '../schema/readAllowedTypes';
import { readSchemaRecord, readStrings } from '../schema/readKeyword';
import { resolveSchema } from '../schema/resolveSchema';
import type { SchemaContext } from '../SchemaContext';

/** What the negative generator needs to know about a body schema. */
export interface BodyShape {
  /** Types the whole body may have. */
  allowedTypes: AllowedTypes;
  /** Declared top-level properties, each past `$ref` and `allOf`. */
  properties: Record<string, JsonObject>;
  required: string[];
}

/** A schema past `$ref` and with its `allOf` merged; `{}` for boolean schemas. */
export const flattenSchema = (schema: unknown, ctx: SchemaContext): JsonObject => {
  const resolved = resolveSchema(schema, ctx);
  if (!isJsonObject(resolved)) return {};
  return 'allOf' in resolved ? mergeAllOf(resolved, ctx) : resolved;
};

export const readBodyShape = (schema: unknown, ctx: SchemaContext): BodyShape => {
  const flat = flattenSchema(schema, ctx);
  const declared = Object.entries(readSchemaRecord(flat, 'properties'));
  return {
    allowedTypes: readAllowedTypes(schema, ctx),
    properties: Object.fromEntries(
      declared.map(([name, member]) => [name, flattenSchema(member, ctx)]),
    ),
    required: readStrings(flat, 'required'),
  };
};
