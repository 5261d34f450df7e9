import type { JsonObject } from '../schema/isJsonObject';

/**
 * Keywords the generator does not build values for. Where one appears, values are checked with
 * the context's `validate` when there is one, and are best effort when there is not.
 */
export const keywordsBeyondEngine = [
  'not',
  'if',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'minContains',
  'maxContains',
] as const;

export const hasKeywordBeyondEngine = (schema: JsonObject): boolean =>
  keywordsBeyondEngine.some((keyword) => keyword in schema);
