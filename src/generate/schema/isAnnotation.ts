/** Keywords that never constrain a value (2020-12 core and meta-data, OpenAPI's vocabulary). */
const annotations = new Set([
  '$ref',
  '$schema',
  '$anchor',
  '$defs',
  '$comment',
  'title',
  'description',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'discriminator',
]);

export const isAnnotation = (keyword: string): boolean =>
  annotations.has(keyword) || keyword.startsWith('x-');
