import type { ReceivedResponse, SentRequest } from '../../core/finding';
import type { HttpClient } from '../../http';
import { readWorkOrder } from '../model/readWorkOrder';
import { parseRetryAfter } from './parseRetryAfter';
import { SafetyError } from './SafetyError';

export interface EnvelopeOptions {
  maxRequests: number;
  maxOrders: number;
  /** Requests started per second; 0 for no limit. */
  rate: number;
  /** The `{id}` in a sent path, if any (see createPathIdFinder). */
  findPathId: (path: string) => string | undefined;
  /** Ids that match no work order (a probe for 404), which may be sent a changing request. */
  isUnknownId: (id: string) => boolean;
  /** The create operation: a changing request with no `{id}` to this path makes a work order. */
  createPath: string;
  maxRetries?: number;
  maxRetryWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface CreatedOrder {
  id: string;
  woNumber: number;
}

export interface Envelope {
  client: HttpClient;
  /** Work orders this run created, in order. */
  created(): CreatedOrder[];
  ordersLeft(): number;
  stats(): { requests: number; retries: number; waitedMs: number };
}

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The safety envelope around a live target: request and work-order budgets, a rate limit,
 * 429/503 honoured with Retry-After, and no changing request to a work order the run did not
 * create (other than an id that matches none, probing for 404).
 */
export const createEnvelope = (inner: HttpClient, options: EnvelopeOptions): Envelope => {
  const sleep = options.sleep ?? defaultSleep;
  const created: CreatedOrder[] = [];
  const own = new Set<string>();
  const stats = { requests: 0, retries: 0, waitedMs: 0 };
  let nextStart = 0;

  const guard = (request: SentRequest): boolean => {
    if (stats.requests >= options.maxRequests) {
      throw new SafetyError(
        'request-budget',
        `the request budget (${options.maxRequests}) is spent`,
      );
    }
    if (readOnlyMethods.has(request.method)) return false;

    const id = options.findPathId(request.path);
    if (id === undefined && request.path.split('?')[0] === options.createPath) {
      if (created.length < options.maxOrders) return true;
      throw new SafetyError(
        'order-budget',
        `the work-order budget (${options.maxOrders}) is spent`,
      );
    }
    if (id !== undefined && !own.has(id.toLowerCase()) && !options.isUnknownId(id)) {
      const line = `${request.method} ${request.path}`;
      throw new SafetyError('foreign-id', `refused ${line}: work order ${id} is not this run's`);
    }
    return false;
  };

  const pace = async () => {
    if (options.rate <= 0) return;
    const wait = nextStart - Date.now();
    if (wait > 0) {
      stats.waitedMs += wait;
      await sleep(wait);
    }
    nextStart = Math.max(Date.now(), nextStart) + 1000 / options.rate;
  };

  const sendPaced = async (request: SentRequest): Promise<ReceivedResponse> => {
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0 && stats.requests >= options.maxRequests) {
        throw new SafetyError(
          'request-budget',
          `the request budget (${options.maxRequests}) is spent`,
        );
      }
      await pace();
      stats.requests += 1;
      const response = await inner.send(request);
      const busy = response.statusCode === 429 || response.statusCode === 503;
      const retryAfter = parseRetryAfter(response.headers['retry-after']);
      if (!busy || attempt >= (options.maxRetries ?? 3)) return response;
      // 503 without Retry-After is an answer to judge; 429 always means "later" (RFC 6585).
      if (retryAfter === undefined && response.statusCode === 503) return response;
      const wait = Math.min(retryAfter ?? 1000, options.maxRetryWaitMs ?? 60_000);
      stats.retries += 1;
      stats.waitedMs += wait;
      await sleep(wait);
    }
  };

  const send = async (request: SentRequest): Promise<ReceivedResponse> => {
    const isCreate = guard(request);
    const response = await sendPaced(request);
    if (isCreate && response.statusCode >= 200 && response.statusCode < 300) {
      const order = readWorkOrder(response);
      if (order.id !== undefined) {
        created.push({ id: order.id, woNumber: order.woNumber ?? 0 });
        own.add(order.id.toLowerCase());
        if (order.woNumber !== undefined) own.add(String(order.woNumber));
      }
    }
    return response;
  };

  return {
    client: { send, close: () => inner.close() },
    created: () => [...created],
    ordersLeft: () => options.maxOrders - created.length,
    stats: () => ({ ...stats }),
  };
};
