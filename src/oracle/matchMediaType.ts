/** `application/json; charset=utf-8` → `application/json`, lower-cased. */
export const toEssence = (contentType: string): string =>
  (contentType.split(';')[0] ?? '').trim().toLowerCase();

const matches = (documented: string, essence: string): boolean => {
  const pattern = toEssence(documented);
  if (pattern === '*/*' || pattern === essence) return true;
  if (pattern.endsWith('/*')) return essence.startsWith(pattern.slice(0, -1));
  return false;
};

/**
 * The documented media type a content type falls under: an exact match first, then the most
 * specific wildcard (OAS 3.1 §4.8.14: `text/plain` overrides `text/*`).
 */
export const matchMediaType = <T extends { mediaType: string }>(
  documented: readonly T[],
  contentType: string,
): T | undefined => {
  const essence = toEssence(contentType);
  const candidates = documented.filter((entry) => matches(entry.mediaType, essence));
  const rank = (entry: T): number =>
    entry.mediaType === '*/*' ? 2 : entry.mediaType.endsWith('/*') ? 1 : 0;
  return candidates.sort((a, b) => rank(a) - rank(b))[0];
};

/** JSON media types: `application/json` and any `+json` suffix (RFC 6839). */
export const isJsonMediaType = (contentType: string): boolean => {
  const essence = toEssence(contentType);
  return essence === 'application/json' || essence.endsWith('+json');
};
