import type { ReceivedResponse, SentRequest } from '../core/finding';
import { HarnessError } from '../core/HarnessError';
import { isConnectionError, isRequestTimeoutError } from '../http';
import type { Envelope } from '../run/guard/createEnvelope';

/** Which budget a run ran out of: the flag that sets it. */
export type BudgetFlag = '--max-requests' | '--max-orders';

export interface Sender {
  /** undefined when no answer came in time; a lost connection stops the run (exit 2). */
  send(request: SentRequest): Promise<ReceivedResponse | undefined>;
  sent(): number;
  /** The budget that does not cover `requests` more requests on one new work order, if any. */
  findShortBudget(requests: number): BudgetFlag | undefined;
}

const toUnreachable = (baseUrl: string, code: string): HarnessError =>
  new HarnessError(
    'TARGET_UNREACHABLE',
    `could not reach ${baseUrl} (${code})`,
    'Check --target (scheme, host, port, path prefix) and the network; raise --timeout if it is slow.',
  );

/**
 * Every request of a run goes through conformance's safety envelope (budgets, rate, 429 and
 * Retry-After, no changing request to a work order the run did not create); a timeout becomes
 * a try with no answer, a connection failure stops the run.
 */
export const createSender = (envelope: Envelope, baseUrl: string, maxRequests: number): Sender => {
  const send = async (request: SentRequest): Promise<ReceivedResponse | undefined> => {
    try {
      return await envelope.client.send(request);
    } catch (error) {
      if (isRequestTimeoutError(error)) return undefined;
      if (isConnectionError(error)) throw toUnreachable(baseUrl, error.code);
      throw error;
    }
  };

  const findShortBudget = (requests: number): BudgetFlag | undefined => {
    if (maxRequests - envelope.stats().requests < requests) return '--max-requests';
    return envelope.ordersLeft() < 1 ? '--max-orders' : undefined;
  };

  return { send, sent: () => envelope.stats().requests, findShortBudget };
};
