// Control, format and separator characters, and lone surrogates: none shows on a terminal.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;

/**
 * Writes each invisible character of a message as `\uXXXX`, so a shrunk counterexample such
 * as a comment of one U+0080 does not print as an empty string. In JSON text the escape means
 * the same character, so a JSON body stays the same JSON.
 */
export const showInvisible = (text: string): string =>
  text.replace(
    INVISIBLE,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
