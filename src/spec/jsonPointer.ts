/** JSON Pointer (RFC 6901) helpers over plain parsed JSON. */

export const escapePointerToken = (token: string): string =>
  token.replace(/~/g, '~0').replace(/\//g, '~1');

export const unescapePointerToken = (token: string): string =>
  token.replace(/~1/g, '/').replace(/~0/g, '~');

export const toPointer = (tokens: readonly string[]): string =>
  tokens.map((token) => `/${escapePointerToken(token)}`).join('');

export const toTokens = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointerToken);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `pointer`, or undefined when any step is missing. */
export const getAtPointer = (root: unknown, pointer: string): unknown => {
  let current = root;
  for (const token of toTokens(pointer)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current)) current = current[token];
    else return undefined;
  }
  return current;
};

/** A pointer as a URI fragment (`#/paths/~1a~1%7Bid%7D`), the form `$ref` and ajv use. */
export const toFragment = (pointer: string): string =>
  `#${toTokens(pointer)
    .map((token) => `/${encodeURIComponent(escapePointerToken(token))}`)
    .join('')}`;
