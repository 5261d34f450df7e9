import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { HarnessError } from '../core/HarnessError';
import { getAtPointer, isRecord, toFragment, toPointer } from './jsonPointer';
import type { SpecDocument } from './readSpecDocument';

/** The id under which the whole document is known to ajv, so `#/components/...` refs resolve. */
export const specSchemaId = 'urn:serial-harness:spec';

const fail = (spec: SpecDocument, pointer: string, problem: string): never => {
  throw new HarnessError(
    'SPEC_INVALID_SCHEMA',
    `${spec.locate(pointer)}: schema at ${pointer}: ${problem}`,
    'Fix the schema there; the document must be valid JSON Schema 2020-12 (OpenAPI 3.1).',
  );
};

/** Finds where a keyword named in a strict-mode message stands, searching below `site`. */
const findKeyword = (schema: unknown, keyword: string, tokens: string[] = []): string[] | null => {
  if (!isRecord(schema) && !Array.isArray(schema)) return null;
  for (const [key, child] of Object.entries(schema)) {
    if (key === keyword) return [...tokens, key];
    const found = findKeyword(child, keyword, [...tokens, key]);
    if (found !== null) return found;
  }
  return null;
};

const locateStrictError = (site: string, schema: unknown, message: string): string => {
  // ajv names the place for formats ('unknown format "x" ignored in schema at path "#/a"').
  const formatPath = /unknown format .* at path "#([^"]*)"/.exec(message)?.[1];
  if (formatPath !== undefined) return `${site}${formatPath}/format`;

  const keyword = /unknown keyword: "([^"]+)"/.exec(message)?.[1];
  const tokens = keyword === undefined ? null : findKeyword(schema, keyword);
  return tokens === null ? site : `${site}${toPointer(tokens)}`;
};

/**
 * Checks one Schema Object against the 2020-12 meta-schema, then compiles it in strict mode.
 * swagger-parser does not look inside 3.1 schemas, so `enum: 'DRAFT'` or `type: strin` are
 * caught only here.
 */
export const compileSchemaAt = (
  ajv: Ajv2020,
  spec: SpecDocument,
  site: string,
): ValidateFunction => {
  const schema = getAtPointer(spec.raw, site);

  if (!ajv.validateSchema(schema as object)) {
    const [first] = ajv.errors ?? [];
    const pointer = `${site}${first?.instancePath ?? ''}`;
    return fail(spec, pointer, first?.message ?? 'not a valid schema');
  }

  try {
    const validate = ajv.getSchema(`${specSchemaId}${toFragment(site)}`);
    if (validate === undefined) return fail(spec, site, 'cannot be compiled');
    return validate;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(spec, locateStrictError(site, schema, message), message);
  }
};
