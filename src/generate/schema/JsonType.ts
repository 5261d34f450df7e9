export const jsonTypes = [
  'string',
  'number',
  'integer',
  'boolean',
  'null',
  'object',
  'array',
] as const;

export type JsonType = (typeof jsonTypes)[number];

export const isJsonType = (value: unknown): value is JsonType =>
  jsonTypes.some((type) => type === value);

/** The narrowest JSON Schema type of a JSON value: whole numbers are `integer`. */
export const typeOfJson = (value: unknown): JsonType => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
};

/** Whether a JSON value is of a JSON Schema type (`number` includes whole numbers). */
export const isOfType = (value: unknown, type: JsonType): boolean => {
  const actual = typeOfJson(value);
  return actual === type || (type === 'number' && actual === 'integer');
};
