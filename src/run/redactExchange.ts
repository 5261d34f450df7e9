import type { Exchange } from '../core/finding';
import { redactSecrets, SECRET_VARIABLE } from '../http';

const placeholder = `$${SECRET_VARIABLE}`;

/**
 * Below this length a "token" is a test stand-in, and replacing it inside bodies would garble
 * them (`t` occurs everywhere); headers are still redacted whatever its length.
 */
const minBodySecretLength = 8;

const redactRecord = (record: Record<string, string>, token: string) =>
  Object.fromEntries(
    Object.entries(record).map(([name, value]) => [
      name,
      redactSecrets(value, [token], placeholder),
    ]),
  );

/**
 * The exchange as kept in findings and reports: the token is written `$SERIAL_API_TOKEN`
 * wherever it occurs, so no report or log can carry it.
 */
export const redactExchange = (exchange: Exchange, token: string): Exchange => {
  const { request, response } = exchange;
  const bodySecrets = token.length >= minBodySecretLength ? [token] : [];
  const redact = (text: string) => redactSecrets(text, bodySecrets, placeholder);
  return {
    request: {
      ...request,
      headers: redactRecord(request.headers, token),
      ...(request.body === undefined ? {} : { body: redact(request.body) }),
    },
    ...(response === undefined
      ? {}
      : {
          response: {
            ...response,
            headers: redactRecord(response.headers, token),
            body: redact(response.body),
          },
        }),
  };
};
