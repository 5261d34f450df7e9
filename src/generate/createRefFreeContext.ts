import { HarnessError } from '../core/HarnessError';
import type { SchemaContext } from './SchemaContext';

/** A context for schemas that hold no `$ref`, such as most parameter schemas. */
export const createRefFreeContext = (): SchemaContext => ({
  resolveRef: (ref) => {
    throw new HarnessError(
      'SCHEMA_REF_WITHOUT_DOCUMENT',
      `The schema holds $ref ${ref} but no document was given to resolve it`,
      'Pass a SchemaContext whose resolveRef reads the spec document.',
    );
  },
});
