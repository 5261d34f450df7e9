import SwaggerParser from '@apidevtools/swagger-parser';
import { HarnessError } from '../core/HarnessError';
import { buildOperations } from './buildOperations';
import { checkLocalRefs } from './checkLocalRefs';
import { compileSchemaAt, specSchemaId } from './compileSchemas';
import { createAjv } from './createAjv';
import { findSchemaSites, findVendorKeys } from './findSchemaSites';
import { getAtPointer } from './jsonPointer';
import { readSpecDocument, type SpecDocument } from './readSpecDocument';
import type { SpecModel } from './SpecModel';

const checkVersion = (spec: SpecDocument): void => {
  const version = spec.raw.openapi;
  if (typeof version === 'string' && /^3\.1\.\d+$/.test(version)) return;
  throw new HarnessError(
    'SPEC_VERSION',
    `${spec.locate('/openapi')}: openapi is ${JSON.stringify(version)}; this harness reads 3.1.x`,
    'Set `openapi: 3.1.0` and write schemas in JSON Schema 2020-12.',
  );
};

const validateStructure = async (spec: SpecDocument): Promise<void> => {
  try {
    // validate() dereferences in place: it gets a clone so the raw document stays as written.
    await SwaggerParser.validate(spec.path, structuredClone(spec.raw) as never, {});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new HarnessError(
      'SPEC_INVALID',
      `${spec.path}: not a valid OpenAPI document: ${message}`,
      'Fix the document where the message points; it must follow OpenAPI 3.1.',
    );
  }
};

/**
 * Loads and checks an OpenAPI 3.1 document: syntax, local `$ref`s, OpenAPI structure
 * (swagger-parser), then every Schema Object compiled strictly by ajv. Any problem is a
 * HarnessError naming the file, line and JSON pointer.
 */
export const loadSpec = async (path: string): Promise<SpecModel> => {
  const spec = readSpecDocument(path);
  checkVersion(spec);
  checkLocalRefs(spec);
  await validateStructure(spec);

  const ajv = createAjv([...findVendorKeys(spec.raw)]);
  ajv.addSchema(structuredClone(spec.raw), specSchemaId);
  for (const site of findSchemaSites(spec.raw)) compileSchemaAt(ajv, spec, site);
  const operations = buildOperations(ajv, spec);

  return {
    path,
    document: spec.raw,
    operations,
    findOperation: (operationId) => operations.find((op) => op.operationId === operationId),
    resolveRef: (ref) =>
      ref.startsWith('#') ? getAtPointer(spec.raw, decodeURIComponent(ref.slice(1))) : undefined,
    locate: (pointer) => spec.locate(pointer),
  };
};
