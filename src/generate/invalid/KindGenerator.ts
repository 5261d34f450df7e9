import type fc from 'fast-check';

import type { JsonObject } from '../schema/isJsonObject';
import type { SchemaContext } from '../SchemaContext';
import type { InvalidBodyCase } from './InvalidBodyCase';
import type { BodyShape } from './readBodyShape';

export interface CaseInput {
  shape: BodyShape;
  ctx: SchemaContext;
  contentType: string;
  /** Bodies the oracle accepts: each case breaks one part of one. */
  validBodyArb: () => fc.Arbitrary<unknown>;
  validObjectArb: () => fc.Arbitrary<JsonObject>;
}

/** How one kind of invalid body is built. */
export interface KindGenerator {
  /** The property names this kind can break, or [''] for the whole body; [] if it cannot apply. */
  findTargets(shape: BodyShape, ctx: SchemaContext): string[];
  /** Cases breaking one target; the caller keeps only those the oracle judges as labelled. */
  caseArb(target: string, input: CaseInput): fc.Arbitrary<InvalidBodyCase>;
}
