import fc from 'fast-check';

import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import type { JsonObject } from '../schema/isJsonObject';
import { readNumber, readSchemaList } from '../schema/readKeyword';
import { toCanonicalJson } from '../schema/toCanonicalJson';
import { isAtDepthLimit, nest, type Walk } from './Walk';

const hasUniqueItems = (items: unknown[]): boolean =>
  new Set(items.map(toCanonicalJson)).size === items.length;

const restArb = (schema: JsonObject, walk: Walk, minLength: number, maxLength?: number) => {
  if (maxLength === 0) return fc.constant<unknown[]>([]);
  if (schema.items === false) {
    if (minLength > 0) {
      throw createUnsatisfiableError('minItems needs items that `items: false` forbids');
    }
    return fc.constant<unknown[]>([]);
  }

  const itemArb = walk.generate(schema.items ?? true, nest(walk));
  if (schema.uniqueItems !== true) return fc.array(itemArb, { minLength, maxLength });
  return fc.uniqueArray(itemArb, { selector: toCanonicalJson, minLength, maxLength });
};

/**
 * Arrays within `minItems`/`maxItems`: the `prefixItems` first, then `items`. Past the depth
 * limit only the minimum number of items is generated.
 */
export const arrayArb = (schema: JsonObject, walk: Walk): fc.Arbitrary<unknown[]> => {
  const minItems = readNumber(schema, 'minItems') ?? 0;
  const maxItems = readNumber(schema, 'maxItems');
  const atLimit = isAtDepthLimit(walk);
  const prefixCount = atLimit ? minItems : (maxItems ?? Infinity);
  const prefix = (readSchemaList(schema, 'prefixItems') ?? []).slice(0, prefixCount);

  const restMin = Math.max(0, minItems - prefix.length);
  const restMax = maxItems === undefined ? undefined : maxItems - prefix.length;
  const prefixArb = fc.tuple(...prefix.map((item) => walk.generate(item, nest(walk))));

  return fc
    .tuple(prefixArb, restArb(schema, walk, restMin, atLimit ? restMin : restMax))
    .map(([head, tail]) => [...head, ...tail])
    .filter((items) => schema.uniqueItems !== true || hasUniqueItems(items));
};
