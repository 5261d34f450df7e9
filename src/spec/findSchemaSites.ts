import { isRecord, toPointer } from './jsonPointer';

/**
 * Pointers of every Schema Object in an OpenAPI 3.1 document: component schemas and each
 * `schema` of a parameter, header or media type. Schemas nested inside these are reached by
 * compiling their parents.
 */
export const findSchemaSites = (document: Record<string, unknown>): string[] => {
  const sites: string[] = [];

  const componentSchemas = isRecord(document.components) ? document.components.schemas : undefined;
  if (isRecord(componentSchemas)) {
    for (const name of Object.keys(componentSchemas)) {
      sites.push(toPointer(['components', 'schemas', name]));
    }
  }

  const walk = (value: unknown, tokens: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...tokens, String(index)]));
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      // Example values are data, not spec: a key named `schema` there is not a Schema Object.
      if (key === 'example' || key === 'examples') continue;
      if (key === 'schema' && isRecord(child)) sites.push(toPointer([...tokens, key]));
      else if (!(tokens.length === 1 && key === 'schemas')) walk(child, [...tokens, key]);
    }
  };

  walk(document.paths, ['paths']);
  walk(document.webhooks, ['webhooks']);
  walk(document.components, ['components']);
  return sites;
};

/** Every `x-` key anywhere in the document, so ajv can be told they are annotations. */
export const findVendorKeys = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => findVendorKeys(item, found));
  else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('x-')) found.add(key);
      findVendorKeys(child, found);
    }
  }
  return found;
};
