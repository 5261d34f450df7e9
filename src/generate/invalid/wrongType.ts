import { readAllowedTypes } from '../schema/readAllowedTypes';
import { breakPropertyArb } from './breakPropertyArb';
import { createNotApplicableError } from './createNotApplicableError';
import { describeTypes, describeValueType } from './describeTypes';
import type { KindGenerator } from './KindGenerator';
import { findWrongTypes, wrongTypeValueArb } from './wrongTypeValueArb';

/**
 * One case per property whose schema excludes some type. A property with only an `enum` allows
 * the types of its members, so a number is the wrong type for an enum of strings (case C7).
 */
export const wrongType: KindGenerator = {
  findTargets: (shape, ctx) =>
    Object.keys(shape.properties).filter((name) => {
      const allowed = readAllowedTypes(shape.properties[name], ctx);
      return allowed !== 'any' && findWrongTypes(allowed).length > 0;
    }),

  caseArb: (target, input) => {
    const allowed = readAllowedTypes(input.shape.properties[target], input.ctx);
    const valueArb = allowed === 'any' ? undefined : wrongTypeValueArb(allowed);
    if (allowed === 'any' || !valueArb) {
      throw createNotApplicableError(`'${target}' admits every type`);
    }

    const expected = describeTypes(allowed);
    const describe = (value: unknown) =>
      `property '${target}' is ${describeValueType(value)}; the schema allows ${expected}`;
    return breakPropertyArb('wrong-type', target, input, valueArb, describe);
  },
};
