import { createNotApplicableError } from './createNotApplicableError';
import { describeValueType } from './describeTypes';
import type { KindGenerator } from './KindGenerator';
import { findWrongTypes, wrongTypeValueArb } from './wrongTypeValueArb';

/**
 * Whole bodies of a type the body schema excludes: arrays, strings, numbers, booleans, null.
 * A type the schema allows (`type: [object, 'null']`) is never used.
 */
export const notAnObject: KindGenerator = {
  findTargets: ({ allowedTypes }) =>
    allowedTypes !== 'any' &&
    allowedTypes.includes('object') &&
    findWrongTypes(allowedTypes).length > 0
      ? ['']
      : [],

  caseArb: (_target, input) => {
    const allowed = input.shape.allowedTypes;
    const valueArb = allowed === 'any' ? undefined : wrongTypeValueArb(allowed);
    if (!valueArb) throw createNotApplicableError('the body schema admits every type');

    return valueArb.map((value) => ({
      kind: 'not-an-object',
      rule: `body is ${describeValueType(value)}, not an object`,
      pointer: '',
      contentType: input.contentType,
      rawBody: JSON.stringify(value),
    }));
  },
};
