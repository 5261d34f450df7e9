/**
 * Response headers from node's raw name/value list, names lower-cased. Repeated fields are joined
 * with ', ' (RFC 9110 §5.3); `res.headers` would silently drop duplicates of fields such as
 * Content-Type, which a contract check must see.
 */
export const toHeaderRecord = (rawHeaders: readonly string[]): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? '').toLowerCase();
    const value = rawHeaders[index + 1] ?? '';
    const previous = headers[name];
    headers[name] = previous === undefined ? value : `${previous}, ${value}`;
  }
  return headers;
};
