import type { SchemaContext } from '../SchemaContext';
import { invalidKinds, type InvalidKind } from './InvalidBodyCase';
import { kindGenerators } from './kindGenerators';
import { readBodyShape } from './readBodyShape';

/** The kinds of invalid body that exist for a body schema, in the order of `invalidKinds`. */
export const invalidKindsFor = (schema: unknown, ctx: SchemaContext): InvalidKind[] => {
  const shape = readBodyShape(schema, ctx);
  return invalidKinds.filter((kind) => kindGenerators[kind].findTargets(shape, ctx).length > 0);
};
