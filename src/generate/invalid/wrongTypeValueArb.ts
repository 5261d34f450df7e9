import fc from 'fast-check';

import type { JsonType } from '../schema/JsonType';
import { toJsonRoundTrip } from '../valid/anyJsonArb';

const smallJsonArb = fc.jsonValue({ maxDepth: 1 }).map(toJsonRoundTrip);

/** Values of each type; strings that read like other types catch servers that coerce (C11). */
const valuesByType: [JsonType, fc.Arbitrary<unknown>][] = [
  ['string', fc.oneof(fc.constantFrom('5', '1.5', 'true', 'null', ''), fc.string())],
  ['integer', fc.integer()],
  [
    'number',
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value)),
  ],
  ['boolean', fc.boolean()],
  ['null', fc.constant(null)],
  ['object', fc.dictionary(fc.string(), smallJsonArb, { maxKeys: 3 })],
  ['array', fc.array(smallJsonArb, { maxLength: 3 })],
];

/**
 * The types none of whose values the allowed types admit. `integer` counts as allowed under
 * `number`, and fractional numbers stand for `number` when only `integer` is allowed.
 */
export const findWrongTypes = (allowed: JsonType[]): JsonType[] =>
  valuesByType.map(([type]) => type).filter((type) => !allowed.includes(type));

/** JSON values of a type the allowed types exclude; undefined when every type is allowed. */
export const wrongTypeValueArb = (allowed: JsonType[]): fc.Arbitrary<unknown> | undefined => {
  const wrong = valuesByType.filter(([type]) => !allowed.includes(type));
  return wrong.length === 0 ? undefined : fc.oneof(...wrong.map(([, arb]) => arb));
};
