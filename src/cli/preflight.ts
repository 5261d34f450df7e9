import { HarnessError } from '../core/HarnessError';
import { isConnectionError, isRequestTimeoutError, type HttpClient } from '../http';
import { isRecord } from '../spec/jsonPointer';

export interface TargetSurvey {
  /** Lower-cased ids of the work orders that exist before the run. */
  ids: Set<string>;
  highestNumber: number;
}

const unreachable = (baseUrl: string, reason: string) =>
  new HarnessError(
    'TARGET_UNREACHABLE',
    `${baseUrl} did not answer GET /work-orders: ${reason}`,
    'Check --target (scheme, host, port, path prefix) and the network; raise --timeout if it is slow.',
  );

const readSurvey = (body: string): TargetSurvey => {
  let list: unknown;
  try {
    list = JSON.parse(body);
  } catch {
    list = [];
  }
  const orders = Array.isArray(list) ? list.filter(isRecord) : [];
  const ids = new Set(
    orders.flatMap((order) => (typeof order.id === 'string' ? [order.id.toLowerCase()] : [])),
  );
  const numbers = orders.flatMap((order) =>
    typeof order.wo_number === 'number' ? [order.wo_number] : [],
  );
  return { ids, highestNumber: Math.max(0, ...numbers) };
};

/**
 * One read before anything else: is the target there, does it take the token, which work
 * orders exist (so the run never mistakes one of them for an unknown id).
 */
export const surveyTarget = async (
  client: HttpClient,
  baseUrl: string,
  token: string,
): Promise<TargetSurvey> => {
  let response;
  try {
    response = await client.send({
      method: 'GET',
      path: '/work-orders',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
  } catch (error) {
    if (isConnectionError(error) || isRequestTimeoutError(error))
      throw unreachable(baseUrl, error.message);
    throw error;
  }
  if (response.statusCode === 401 || response.statusCode === 403) {
    throw new HarnessError(
      'TOKEN_REJECTED',
      `${baseUrl} answered ${response.statusCode} to GET /work-orders with the token given`,
      'Set SERIAL_API_TOKEN (or --token) to a valid API key for this target.',
    );
  }
  return readSurvey(response.body);
};
