import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * OpenAPI 3.1 keywords that are annotations to JSON Schema (OAS 3.1 §4.8.24). Declaring them
 * keeps ajv's strict mode on for genuine typos such as `requried` (case C7).
 */
const openApiSchemaKeywords = ['example', 'xml', 'externalDocs'];

/** Top-level keys of an OpenAPI document, declared so the document can be added whole. */
const openApiDocumentKeys = [
  'openapi',
  'info',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'jsonSchemaDialect',
];

/**
 * The one ajv setup for bodies: JSON Schema 2020-12 plus formats in full mode, strict, and
 * never coercing or filling data (case C11: a body is validated as sent, not repaired).
 */
export const createAjv = (vendorKeywords: readonly string[] = []): Ajv2020 => {
  const ajv = new Ajv2020({
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
    discriminator: true,
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
    validateFormats: true,
  });
  addFormats(ajv, { mode: 'full' });

  const keywords = [...openApiSchemaKeywords, ...openApiDocumentKeys, ...vendorKeywords];
  ajv.addVocabulary([...new Set(keywords)]);
  return ajv;
};
