import type { JsonObject } from '../schema/isJsonObject';

/** A copy with one property set; a computed key defines it even when it is `__proto__`. */
export const setProperty = (body: JsonObject, name: string, value: unknown): JsonObject => ({
  ...body,
  [name]: value,
});

export const omitProperty = (body: JsonObject, name: string): JsonObject =>
  Object.fromEntries(Object.entries(body).filter(([key]) => key !== name));
