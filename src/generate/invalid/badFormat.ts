import type { JsonObject } from '../schema/isJsonObject';
import { readAllowedTypes } from '../schema/readAllowedTypes';
import { readString } from '../schema/readKeyword';
import type { SchemaContext } from '../SchemaContext';
import { badFormatValueArb } from './badFormatValueArb';
import { breakPropertyArb } from './breakPropertyArb';
import { createNotApplicableError } from './createNotApplicableError';
import type { KindGenerator } from './KindGenerator';

/** A format only constrains strings (2020-12 Validation 7.1), so the property must allow them. */
const readStringFormat = (schema: JsonObject | undefined, ctx: SchemaContext) => {
  const format = schema === undefined ? undefined : readString(schema, 'format');
  const allowed = readAllowedTypes(schema, ctx);
  return allowed === 'any' || allowed.includes('string') ? format : undefined;
};

/** One case per property with a format the engine has negatives for. */
export const badFormat: KindGenerator = {
  findTargets: (shape, ctx) =>
    Object.keys(shape.properties).filter((name) => {
      const format = readStringFormat(shape.properties[name], ctx);
      return format !== undefined && badFormatValueArb(format) !== undefined;
    }),

  caseArb: (target, input) => {
    const format = readStringFormat(input.shape.properties[target], input.ctx);
    const valueArb = format === undefined ? undefined : badFormatValueArb(format);
    if (format === undefined || !valueArb) {
      throw createNotApplicableError(`'${target}' has no format`);
    }

    const describe = () => `property '${target}' is not a valid ${format}`;
    return breakPropertyArb('bad-format', target, input, valueArb, describe);
  },
};
