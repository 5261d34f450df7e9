import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import { isHarnessError } from '../../../../src/core/HarnessError';
import type { SchemaContext } from '../../../../src/generate';

export type JsonObject = Record<string, unknown>;

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const specPath = path.join(__dirname, '../../../../spec/serial-work-orders.openapi.yaml');

export const loadSpecDocument = (): JsonObject => {
  const document: unknown = parse(readFileSync(specPath, 'utf8'));
  if (!isJsonObject(document)) throw new Error(`${specPath} is not a YAML mapping`);
  return document;
};

/** Follows a local JSON pointer (`#/components/schemas/X`) in the document. */
export const resolvePointer = (document: unknown, ref: string): unknown => {
  if (!ref.startsWith('#')) return undefined;
  const tokens = ref
    .slice(2)
    .split('/')
    .filter((token) => token !== '');
  return tokens
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, token) => (isJsonObject(node) ? node[token] : undefined), document);
};

export interface SpecOracle {
  ctx: SchemaContext;
  /** Ajv2020 + ajv-formats (full mode) in strict mode, as the harness's oracle runs it. */
  isValidFor: (schema: unknown) => (value: unknown) => boolean;
}

const withDocumentParts = (schema: unknown, document: JsonObject): unknown => {
  if (!isJsonObject(schema)) return schema;
  const parts = Object.entries(document).filter(([key]) => key === 'components' || key === '$defs');
  return { ...Object.fromEntries(parts), ...schema };
};

/**
 * The reference oracle for these tests. Each schema is compiled with the document's
 * `components` (declared as an annotation) and `$defs` beside it, so that the document's local
 * refs (`#/components/...`, `#/$defs/...`) resolve from any sub-schema.
 */
export const createSpecOracle = (document: JsonObject = {}): SpecOracle => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(['example', 'x-stoplight', 'xml', 'externalDocs', 'components']);
  const compiled = new Map<unknown, ValidateFunction>();

  const compile = (schema: unknown): ValidateFunction => {
    const cached = compiled.get(schema);
    if (cached) return cached;
    const validate = ajv.compile(withDocumentParts(schema, document) as boolean | JsonObject);
    compiled.set(schema, validate);
    return validate;
  };

  const isValidFor = (schema: unknown) => {
    const validate = compile(schema);
    return (value: unknown): boolean => validate(value);
  };
  const ctx: SchemaContext = {
    resolveRef: (ref) => resolvePointer(document, ref),
    validate: (schema, value) => isValidFor(schema)(value),
  };
  return { ctx, isValidFor };
};

/** The spec's bodies and components this suite exercises, by name. */
export const loadSpecSchemas = (document: JsonObject) => ({
  statusBody: resolvePointer(
    document,
    '#/paths/~1work-orders~1{id}~1status/patch/requestBody/content/application~1json/schema',
  ),
  WorkOrderWrite: resolvePointer(document, '#/components/schemas/WorkOrderWrite'),
  WorkOrder: resolvePointer(document, '#/components/schemas/WorkOrder'),
  WorkOrderComment: resolvePointer(document, '#/components/schemas/WorkOrderComment'),
});

/** fast-check settings for every property here: a pinned seed, so a verdict never changes. */
export const propertyOptions = { seed: 42, numRuns: 100 };

export const hasNonAscii = (text: string): boolean =>
  [...text].some((char) => (char.codePointAt(0) ?? 0) > 0x7f);

/** The `code` of the HarnessError a call throws, or undefined when it throws none. */
export const catchErrorCode = (call: () => unknown): string | undefined => {
  try {
    call();
    return undefined;
  } catch (error) {
    return isHarnessError(error) ? error.code : undefined;
  }
};
