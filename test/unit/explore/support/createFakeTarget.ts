import type { ReceivedResponse, SentRequest } from '../../../../src/core/finding';
import { createSender, type Sender } from '../../../../src/explore/createSender';
import type { HttpClient } from '../../../../src/http';
import { createEnvelope } from '../../../../src/run/guard/createEnvelope';
import type { WorkOrderRequests } from '../../../../src/explore/createWorkOrderRequests';

/** How the fake answers a move: by the table, or by a function of how often it was asked. */
export type FakeAnswer =
  'allowed' | 'rejected' | 'not-persisted' | ((asked: number) => 'allowed' | 'rejected');

export interface FakeTarget {
  sender: Sender;
  requests: WorkOrderRequests;
  /** Requests received, by method. */
  counts: Record<string, number>;
}

const json = (statusCode: number, body?: unknown): ReceivedResponse => ({
  statusCode,
  headers: {},
  body: body === undefined ? '' : JSON.stringify(body),
});

/** The requests explore sends, in a shape the fake reads back without a spec. */
export const fakeRequests: WorkOrderRequests = {
  createPath: '/work-orders',
  create: (name) => ({
    method: 'POST',
    path: '/work-orders',
    headers: {},
    body: JSON.stringify({ name }),
  }),
  move: (id, status) => ({
    method: 'PATCH',
    path: `/work-orders/${id}/status`,
    headers: {},
    body: JSON.stringify({ status }),
  }),
  retrieve: (id) => ({ method: 'GET', path: `/work-order/${id}`, headers: {} }),
};

/**
 * An in-memory target whose moves follow `answer(from, to)`, behind the Sender interface: the
 * learner can be tested without sockets, against tables and misbehaviours chosen by the test.
 */
export const createFakeTarget = (
  initial: string,
  answer: (from: string, to: string) => FakeAnswer,
  options: { maxRequests?: number; maxOrders?: number; rejectToken?: boolean } = {},
): FakeTarget => {
  const { maxRequests = 100_000, maxOrders = 10_000 } = options;
  const orders = new Map<string, string>();
  const asked = new Map<string, number>();
  const counts: Record<string, number> = {};

  const move = (id: string, to: string): ReceivedResponse => {
    const from = orders.get(id) ?? '';
    const key = `${from}>${to}`;
    asked.set(key, (asked.get(key) ?? 0) + 1);
    const rule = answer(from, to);
    const verdict = typeof rule === 'function' ? rule(asked.get(key) ?? 0) : rule;
    if (verdict === 'rejected') return json(400);
    if (verdict === 'allowed') orders.set(id, to);
    return json(200);
  };

  const handle = (request: SentRequest): ReceivedResponse => {
    const [, resource, id] = request.path.split('/');
    if (request.method === 'POST') {
      const created = String(orders.size + 1);
      orders.set(created, initial);
      return json(200, { id: created, wo_number: orders.size, status: initial });
    }
    if (request.method === 'GET' && resource === 'work-order' && id !== undefined) {
      return json(200, { id, status: orders.get(id) });
    }
    const body = JSON.parse(request.body ?? '{}') as { status: string };
    return move(id ?? '', body.status);
  };

  const client: HttpClient = {
    send: (request) => {
      counts[request.method] = (counts[request.method] ?? 0) + 1;
      return Promise.resolve(options.rejectToken === true ? json(401) : handle(request));
    },
    close: () => undefined,
  };
  // The real envelope and sender around the fake, so budgets and refusals are the real ones.
  const envelope = createEnvelope(client, {
    maxRequests,
    maxOrders,
    rate: 0,
    findPathId: (path) => /^\/work-orders?\/([^/]+)/.exec(path)?.[1],
    isUnknownId: () => false,
    createPath: fakeRequests.createPath,
  });
  return {
    sender: createSender(envelope, 'http://fake', maxRequests),
    requests: fakeRequests,
    counts,
  };
};
