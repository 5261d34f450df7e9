export const REDACTED = '[REDACTED]';

/** Replaces every occurrence of each non-empty secret; longer secrets first, so a secret that
 * contains another is removed whole. */
export const redactSecrets = (
  text: string,
  secrets: readonly string[],
  replacement = REDACTED,
): string =>
  secrets
    .filter((secret) => secret !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((redacted, secret) => redacted.split(secret).join(replacement), text);
