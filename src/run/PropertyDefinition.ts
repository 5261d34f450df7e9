import type fc from 'fast-check';
import type { RequestCase } from './RequestCase';
import type { TargetKind } from './Target';

/** A property the harness checks: a generator of request cases for one operation. */
export interface PropertyDefinition {
  /** Stable, dotted: `status.invalid-body.bad-format`. Used by `--property` and reports. */
  name: string;
  /** What holds, as a sentence. */
  title: string;
  operationId: string;
  /** The targets on which the property means something (e.g. unknown ids need state). */
  targets: readonly TargetKind[];
  arbitrary: fc.Arbitrary<RequestCase>;
}
