import fc from 'fast-check';

import type { JsonObject } from '../schema/isJsonObject';
import type { JsonType } from '../schema/JsonType';
import { arrayArb } from './arrayArb';
import { integerArb } from './integerArb';
import { numberArb } from './numberArb';
import { objectArb } from './objectArb';
import { stringArb } from './stringArb';
import type { Walk } from './Walk';

/** Values of one JSON type, honouring the schema's keywords for that type. */
export const typedArb = (type: JsonType, schema: JsonObject, walk: Walk): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'string':
      return stringArb(schema);
    case 'number':
      return numberArb(schema);
    case 'integer':
      return integerArb(schema);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'object':
      return objectArb(schema, walk);
    case 'array':
      return arrayArb(schema, walk);
  }
};
