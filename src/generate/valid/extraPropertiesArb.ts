import fc from 'fast-check';

import { isJsonObject, type JsonObject } from '../schema/isJsonObject';
import { readSchemaRecord } from '../schema/readKeyword';
import { uuidArb } from './uuidArb';
import type { Walk } from './Walk';

const keyArb = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }), uuidArb());

/**
 * Undeclared keys: always for a map (`additionalProperties` schema, no `properties`), else only
 * when asked. Never beside `patternProperties` or `propertyNames`, whose rules are not built.
 */
export const extraPropertiesArb = (schema: JsonObject, walk: Walk): fc.Arbitrary<JsonObject> => {
  const additional = schema.additionalProperties;
  const declared = Object.keys(readSchemaRecord(schema, 'properties'));
  const isMap = isJsonObject(additional) && declared.length === 0;
  const isClosed =
    additional === false || 'patternProperties' in schema || 'propertyNames' in schema;
  if (isClosed || !(isMap || walk.extraProperties)) return fc.constant({});

  const valueArb = walk.generate(additional ?? true, walk);
  const freshKeyArb = keyArb.filter((key) => !declared.includes(key));
  return fc.dictionary(freshKeyArb, valueArb, { maxKeys: 4 });
};
