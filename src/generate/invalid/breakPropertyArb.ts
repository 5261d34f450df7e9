import fc from 'fast-check';

import { toJsonPointer } from './toJsonPointer';
import type { InvalidBodyCase, InvalidKind } from './InvalidBodyCase';
import type { CaseInput } from './KindGenerator';
import { setProperty } from './setProperty';

/** Cases that replace one property of a valid body with a value from `valueArb`. */
export const breakPropertyArb = (
  kind: InvalidKind,
  target: string,
  input: CaseInput,
  valueArb: fc.Arbitrary<unknown>,
  describe: (value: unknown) => string,
): fc.Arbitrary<InvalidBodyCase> =>
  fc.tuple(input.validObjectArb(), valueArb).map(([body, value]) => ({
    kind,
    rule: describe(value),
    pointer: toJsonPointer(target),
    contentType: input.contentType,
    rawBody: JSON.stringify(setProperty(body, target, value)),
  }));
