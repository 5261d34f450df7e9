import { redactSecrets } from '../http';

// Below this length a token is a test value, and removing it would garble ordinary words.
const shortestSecret = 8;

/**
 * Removes the token from any text about to be printed or written. Explore never puts it there
 * (curl lines name $SERIAL_API_TOKEN); this is the second line of defence, not the first.
 */
export const createRedactor =
  (token: string) =>
  (text: string): string =>
    token.length < shortestSecret ? text : redactSecrets(text, [token]);
