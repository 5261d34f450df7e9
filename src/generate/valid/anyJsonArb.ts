import fc from 'fast-check';

import type { Walk } from './Walk';

/** Drops what JSON cannot carry (-0 becomes 0), so a round trip through JSON is the identity. */
export const toJsonRoundTrip = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
};

/** Any JSON value, for `{}` and `true`; nested no deeper than the walk allows. */
export const anyJsonArb = (walk: Walk): fc.Arbitrary<unknown> => {
  const maxDepth = Math.max(0, walk.depth);
  return fc
    .oneof(fc.jsonValue({ maxDepth }), fc.jsonValue({ maxDepth, stringUnit: 'grapheme' }))
    .map(toJsonRoundTrip);
};
