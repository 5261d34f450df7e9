import { isJsonObject } from './isJsonObject';

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJsonObject(value)) return value;
  const entries = Object.keys(value)
    .sort()
    .map((key) => [key, sortKeys(value[key])]);
  return Object.fromEntries(entries);
};

/** JSON text with sorted keys: equal text means equal values in the sense of `enum` and `const`. */
export const toCanonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value)) ?? '';
