import type { Exchange, ReceivedResponse } from '../../src/core/finding';

/** An exchange as the client would record it, for oracle tests that need no server. */
export const exchangeWith = (
  response: Partial<ReceivedResponse> & { statusCode: number },
  method = 'GET',
  path = '/',
): Exchange & { response: ReceivedResponse } => ({
  request: { method, path, headers: {} },
  response: { headers: {}, body: '', ...response },
});

export const jsonResponse = (statusCode: number, body: unknown, contentType = 'application/json') =>
  exchangeWith({
    statusCode,
    headers: { 'content-type': contentType },
    body: JSON.stringify(body),
  });
