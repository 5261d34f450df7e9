import fc from 'fast-check';

import { isHarnessError } from '../../core/HarnessError';
import { createUnsatisfiableError } from '../schema/createUnsatisfiableError';
import { isAnnotation } from '../schema/isAnnotation';
import type { JsonObject } from '../schema/isJsonObject';
import { mergeAllOf } from '../schema/mergeAllOf';
import { readSchemaList } from '../schema/readKeyword';
import type { Walk } from './Walk';

/** Builds a branch, or nothing when no value satisfies it: another branch may still do. */
const tryBranch = (build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown>[] => {
  try {
    return [build()];
  } catch (error) {
    if (isHarnessError(error) && error.code === 'SCHEMA_UNSATISFIABLE') return [];
    throw error;
  }
};

/**
 * Values of one `anyOf` or `oneOf` branch, merged with the keywords beside the combinator. Only
 * the oracle can tell that a value matches exactly one `oneOf` branch, or that a merge was
 * faithful, so with one the values are checked against the schema as written.
 */
export const branchesArb = (schema: JsonObject, keyword: 'anyOf' | 'oneOf', walk: Walk) => {
  const siblings = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== keyword));
  const hasSiblings = Object.keys(siblings).some((key) => !isAnnotation(key));
  const toBranchSchema = (branch: unknown) =>
    hasSiblings ? mergeAllOf({ allOf: [siblings, branch] }, walk.ctx) : branch;

  const branches = readSchemaList(schema, keyword) ?? [];
  const arbs = branches.flatMap((branch) =>
    tryBranch(() => walk.generate(toBranchSchema(branch), walk)),
  );
  if (arbs.length === 0) throw createUnsatisfiableError(`no ${keyword} branch can be satisfied`);

  const validate = walk.ctx.validate;
  const arb = fc.oneof(...arbs);
  const needsCheck = keyword === 'oneOf' || hasSiblings;
  return validate && needsCheck ? arb.filter((value) => validate(schema, value)) : arb;
};
