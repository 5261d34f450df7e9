import { isJsonObject, type JsonObject } from './isJsonObject';

export const readNumber = (schema: JsonObject, keyword: string): number | undefined => {
  const value = schema[keyword];
  return typeof value === 'number' ? value : undefined;
};

export const readString = (schema: JsonObject, keyword: string): string | undefined => {
  const value = schema[keyword];
  return typeof value === 'string' ? value : undefined;
};

export const readStrings = (schema: JsonObject, keyword: string): string[] => {
  const value = schema[keyword];
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
};

/** A keyword holding a list of sub-schemas (`allOf`, `prefixItems`, ...), or undefined. */
export const readSchemaList = (schema: JsonObject, keyword: string): unknown[] | undefined => {
  const value = schema[keyword];
  return Array.isArray(value) ? value : undefined;
};

/** A keyword holding a map of sub-schemas (`properties`, `patternProperties`), or `{}`. */
export const readSchemaRecord = (schema: JsonObject, keyword: string): JsonObject => {
  const value = schema[keyword];
  return isJsonObject(value) ? value : {};
};
