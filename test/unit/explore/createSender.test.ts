import type { ReceivedResponse, SentRequest } from '../../../src/core/finding';
import { isHarnessError } from '../../../src/core/HarnessError';
import { createSender } from '../../../src/explore/createSender';
import { ConnectionError, RequestTimeoutError, type HttpClient } from '../../../src/http';
import { createEnvelope } from '../../../src/run/guard/createEnvelope';

const read: SentRequest = { method: 'GET', path: '/work-order/1', headers: {} };
const create: SentRequest = { method: 'POST', path: '/work-orders', headers: {}, body: '{}' };
const ok: ReceivedResponse = { statusCode: 200, headers: {}, body: '{"id":"a","wo_number":1}' };

const senderOver = (send: HttpClient['send'], budgets = { maxRequests: 10, maxOrders: 10 }) => {
  const envelope = createEnvelope(
    { send, close: () => undefined },
    {
      ...budgets,
      rate: 0,
      findPathId: () => undefined,
      isUnknownId: () => false,
      createPath: '/work-orders',
    },
  );
  return createSender(envelope, 'http://127.0.0.1:9', budgets.maxRequests);
};

describe('createSender', () => {
  it('names the request budget when it cannot cover the next try', async () => {
    const sender = senderOver(() => Promise.resolve(ok), { maxRequests: 5, maxOrders: 10 });

    await sender.send(read);
    await sender.send(read);

    expect(sender.sent()).toBe(2);
    expect(sender.findShortBudget(3)).toBeUndefined();
    expect(sender.findShortBudget(4)).toBe('--max-requests');
  });

  it('names the work-order budget once every allowed order exists', async () => {
    const sender = senderOver(() => Promise.resolve(ok), { maxRequests: 50, maxOrders: 1 });

    await sender.send(create);

    expect(sender.findShortBudget(1)).toBe('--max-orders');
  });

  it('gives no answer for a timeout, so the try records it', async () => {
    const sender = senderOver(() => Promise.reject(new RequestTimeoutError('GET', '/x', 5)));

    await expect(sender.send(read)).resolves.toBeUndefined();
  });

  it('stops the run with TARGET_UNREACHABLE when the connection fails', async () => {
    const refused = new ConnectionError('ECONNREFUSED', 'http://127.0.0.1:9', new Error('refused'));
    const sender = senderOver(() => Promise.reject(refused));

    const error: unknown = await sender.send(read).catch((caught: unknown) => caught);

    expect(isHarnessError(error) && error.code).toBe('TARGET_UNREACHABLE');
    expect(error instanceof Error && error.message).toBe(
      'could not reach http://127.0.0.1:9 (ECONNREFUSED)',
    );
  });
});
