const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point here
const CONTROL = /[\x00-\x1f\x7f]/g;
// Characters a double-quoted word would expand or end on (`!` is bash history expansion).
const DOUBLE_QUOTE_SPECIAL = /["$`\\!]/;

const escapeControl = (char: string): string => {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return named[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
};

const hasControl = (text: string): boolean => text.search(CONTROL) !== -1;

const isDoubleQuoteSafe = (text: string): boolean =>
  !DOUBLE_QUOTE_SPECIAL.test(text) && !hasControl(text);

/** Quotes one word for a POSIX-like shell (bash, zsh) so that it arrives byte for byte. */
export const quoteShellWord = (text: string): string => {
  if (BARE.test(text)) return text;
  if (!hasControl(text)) return `'${text.replace(/'/g, `'\\''`)}'`;

  // Control characters would break the line or be mangled by a terminal; ANSI-C quoting keeps
  // the command on one line and restores them exactly.
  const escaped = text.replace(/[\\']/g, '\\$&').replace(CONTROL, escapeControl);
  return `$'${escaped}'`;
};

const referTo = (variable: string, next: string): string =>
  /^[A-Za-z0-9_]/.test(next) ? `\${${variable}}` : `$${variable}`;

/**
 * Quotes a word with every occurrence of `secret` replaced by a reference to the environment
 * `variable`, which the shell expands: the secret itself never appears in the output.
 */
export const quoteShellWordWithSecret = (
  text: string,
  secret: string,
  variable: string,
): string => {
  if (secret === '' || !text.includes(secret)) return quoteShellWord(text);

  const parts = text.split(secret);
  if (parts.every(isDoubleQuoteSafe)) {
    const joined = parts.reduce((word, part) => word + referTo(variable, part) + part);
    return `"${joined}"`;
  }
  return parts.map((part) => (part === '' ? '' : quoteShellWord(part))).join(`"$${variable}"`);
};
