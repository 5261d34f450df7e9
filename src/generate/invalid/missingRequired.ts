import type { KindGenerator } from './KindGenerator';
import { omitProperty } from './setProperty';
import { toJsonPointer } from './toJsonPointer';

/**
 * One case per required property. A `readOnly` one is skipped: whether a request may omit it
 * changed between OAS 3.0 and 3.1 (case C3), so its absence proves nothing.
 */
export const missingRequired: KindGenerator = {
  findTargets: (shape) =>
    shape.required.filter((name) => shape.properties[name]?.readOnly !== true),

  caseArb: (target, input) =>
    input.validObjectArb().map((body) => ({
      kind: 'missing-required',
      rule: `required property '${target}' missing`,
      pointer: toJsonPointer(target),
      contentType: input.contentType,
      rawBody: JSON.stringify(omitProperty(body, target)),
    })),
};
