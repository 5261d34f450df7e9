import type { JsonObject } from './isJsonObject';
import { isJsonType, type JsonType } from './JsonType';

const keywordsByType: [JsonType, string[]][] = [
  ['object', ['properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties']],
  ['array', ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems']],
  ['string', ['minLength', 'maxLength', 'pattern', 'format']],
  ['number', ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']],
];

/**
 * The types to generate for a schema: its `type`, or else the types its keywords constrain (an
 * untyped schema with `properties` accepts any value, and objects are the useful subset).
 * Undefined when nothing narrows it: any JSON value is valid.
 */
export const readTypes = (schema: JsonObject): JsonType[] | undefined => {
  const declared = schema.type;
  if (isJsonType(declared)) return [declared];
  if (Array.isArray(declared)) return declared.filter(isJsonType);

  const inferred = keywordsByType
    .filter(([, keywords]) => keywords.some((keyword) => keyword in schema))
    .map(([type]) => type);
  return inferred.length > 0 ? inferred : undefined;
};
