/** A JSON pointer from reference tokens, escaped as RFC 6901 section 3 requires. */
export const toJsonPointer = (...tokens: string[]): string =>
  tokens.map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
