import type { PropertyDefinition } from '../src/run/PropertyDefinition';
import type { SpecModel } from '../src/spec/SpecModel';
import { createAuthProperties } from './authProperties';
import { createBodyProperties } from './bodyProperties';
import type { PropertyOptions } from './caseBasics';
import { createReadProperties } from './readProperties';
import { createUnknownIdProperties } from './unknownIdProperties';

export type { PropertyOptions } from './caseBasics';
export { unknownNumberFloor } from './unknownIdProperties';

/** Every request-level property, derived from the spec's operations. */
export const createRequestProperties = (
  spec: SpecModel,
  options: PropertyOptions = {},
): PropertyDefinition[] => [
  ...createBodyProperties(spec, options),
  ...createAuthProperties(spec, options),
  ...createReadProperties(spec, options),
  ...createUnknownIdProperties(spec),
];
