import type fc from 'fast-check';

import type { SchemaContext } from '../SchemaContext';

/** Where the generator stands while it descends a schema. */
export interface Walk {
  readonly ctx: SchemaContext;
  /** Object and array levels left to fill in full; at zero and below only required parts. */
  readonly depth: number;
  /** `$ref`s followed from the root, to stop cycles that add no nesting. */
  readonly refHops: number;
  readonly extraProperties: boolean;
  /** The dispatcher, handed down so keyword modules need not import it back. */
  readonly generate: (schema: unknown, walk: Walk) => fc.Arbitrary<unknown>;
}

/** Below this depth a schema still demands more nesting: it admits no finite value. */
export const minDepth = -16;

export const maxRefHops = 128;

export const nest = (walk: Walk): Walk => ({ ...walk, depth: walk.depth - 1 });

export const isAtDepthLimit = (walk: Walk): boolean => walk.depth <= 0;
