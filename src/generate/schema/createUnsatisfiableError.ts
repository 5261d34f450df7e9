import { HarnessError } from '../../core/HarnessError';

/** The error for a schema no value can satisfy, or none the engine can build. */
export const createUnsatisfiableError = (reason: string): HarnessError =>
  new HarnessError(
    'SCHEMA_UNSATISFIABLE',
    `Cannot generate a value: ${reason}`,
    'Fix the schema in the spec, or leave this operation out of generated runs.',
  );
