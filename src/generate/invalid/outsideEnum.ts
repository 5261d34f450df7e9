import type { JsonObject } from '../schema/isJsonObject';
import { readSchemaList } from '../schema/readKeyword';
import { breakPropertyArb } from './breakPropertyArb';
import { createNotApplicableError } from './createNotApplicableError';
import type { KindGenerator } from './KindGenerator';
import { outsideEnumValueArb } from './outsideEnumValueArb';

const readMembers = (schema: JsonObject | undefined): unknown[] | undefined => {
  if (schema === undefined) return undefined;
  return 'const' in schema ? [schema.const] : readSchemaList(schema, 'enum');
};

/** One case per property with an `enum` or `const`. */
export const outsideEnum: KindGenerator = {
  findTargets: (shape) =>
    Object.keys(shape.properties).filter(
      (name) => readMembers(shape.properties[name]) !== undefined,
    ),

  caseArb: (target, input) => {
    const members = readMembers(input.shape.properties[target]);
    if (!members) throw createNotApplicableError(`'${target}' has no enum`);

    const listed = members.map((member) => JSON.stringify(member)).join(', ');
    const describe = () => `property '${target}' is not one of ${listed}`;
    return breakPropertyArb('outside-enum', target, input, outsideEnumValueArb(members), describe);
  },
};
