/**
 * Percent-encodes everything but RFC 3986 unreserved characters (ALPHA / DIGIT / - . _ ~).
 * encodeURIComponent leaves `!'()*` alone; they are sub-delims a server may treat specially, so
 * they are encoded too. A space becomes %20, never '+' (that is form encoding, not a path).
 * Throws URIError on a lone UTF-16 surrogate, which has no UTF-8 encoding.
 */
export const encodePathSegment = (value: string): string =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
