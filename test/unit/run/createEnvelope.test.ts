import type { ReceivedResponse, SentRequest } from '../../../src/core/finding';
import { createEnvelope, type EnvelopeOptions } from '../../../src/run/guard/createEnvelope';
import { createPathIdFinder } from '../../../src/run/guard/findPathId';
import { loadSpec } from '../../../src/spec/loadSpec';
import { specPath } from '../../support/paths';

const answer = (
  statusCode: number,
  headers: Record<string, string> = {},
  body = '',
): ReceivedResponse => ({
  statusCode,
  headers,
  body,
});

const request = (method: string, path: string): SentRequest => ({ method, path, headers: {} });

const setup = async (answers: ReceivedResponse[], options: Partial<EnvelopeOptions> = {}) => {
  const sent: SentRequest[] = [];
  const slept: number[] = [];
  const inner = {
    send: (req: SentRequest) => {
      sent.push(req);
      return Promise.resolve(answers.shift() ?? answer(200));
    },
    close: () => undefined,
  };
  const envelope = createEnvelope(inner, {
    maxRequests: 100,
    maxOrders: 5,
    rate: 0,
    findPathId: createPathIdFinder(await loadSpec(specPath)),
    isUnknownId: (id) => id === 'unknown-id',
    createPath: '/work-orders',
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
  return { envelope, sent, slept };
};

describe('createEnvelope', () => {
  describe('when the target answers 429 with Retry-After', () => {
    it('waits as long as it says, then sends again', async () => {
      const { envelope, sent, slept } = await setup([
        answer(429, { 'retry-after': '2' }),
        answer(200),
      ]);

      const response = await envelope.client.send(request('GET', '/work-orders'));

      expect(response.statusCode).toBe(200);
      expect(sent).toHaveLength(2);
      expect(slept).toEqual([2000]);
      expect(envelope.stats()).toMatchObject({ requests: 2, retries: 1, waitedMs: 2000 });
    });
  });

  describe('when the target answers 503 with Retry-After as an HTTP date', () => {
    it('waits until that time, then sends again', async () => {
      const inFiveSeconds = new Date(Date.now() + 5000).toUTCString();
      const { envelope, sent, slept } = await setup([
        answer(503, { 'retry-after': inFiveSeconds }),
        answer(200),
      ]);

      const response = await envelope.client.send(request('GET', '/work-orders'));

      expect(response.statusCode).toBe(200);
      expect(sent).toHaveLength(2);
      // An HTTP date has whole seconds: the wait is what is left of them, never more than five.
      expect(slept[0]).toBeGreaterThan(3000);
      expect(slept[0]).toBeLessThanOrEqual(5000);
    });
  });

  it('answers a 503 without Retry-After as it came: an answer to judge', async () => {
    const { envelope, sent } = await setup([answer(503)]);
    expect((await envelope.client.send(request('GET', '/work-orders'))).statusCode).toBe(503);
    expect(sent).toHaveLength(1);
  });

  it('refuses a changing request to a work order the run did not create', async () => {
    const { envelope, sent } = await setup([]);
    await expect(
      envelope.client.send(request('PATCH', '/work-orders/17/status')),
    ).rejects.toMatchObject({
      reason: 'foreign-id',
    });
    expect(sent).toEqual([]);
  });

  it('lets through changes to its own work orders, by UUID and by number, and to unknown ids', async () => {
    const created = JSON.stringify({ id: 'AB0C1D2E-0000-4000-8000-000000000001', wo_number: 41 });
    const { envelope } = await setup([answer(200, {}, created)]);

    await envelope.client.send(request('POST', '/work-orders'));
    await envelope.client.send(
      request('PATCH', '/work-orders/ab0c1d2e-0000-4000-8000-000000000001/status'),
    );
    await envelope.client.send(request('POST', '/work-orders/41/comments'));
    await envelope.client.send(request('PATCH', '/work-orders/unknown-id/status'));

    expect(envelope.created()).toEqual([
      { id: 'AB0C1D2E-0000-4000-8000-000000000001', woNumber: 41 },
    ]);
  });

  it('stops creating at the work-order budget', async () => {
    const bodies = [1, 2].map((n) =>
      answer(200, {}, JSON.stringify({ id: `id-${n}`, wo_number: n })),
    );
    const { envelope } = await setup(bodies, { maxOrders: 2 });
    await envelope.client.send(request('POST', '/work-orders'));
    await envelope.client.send(request('POST', '/work-orders'));
    await expect(envelope.client.send(request('POST', '/work-orders'))).rejects.toMatchObject({
      reason: 'order-budget',
    });
  });

  it('stops at the request budget', async () => {
    const { envelope } = await setup([], { maxRequests: 2 });
    await envelope.client.send(request('GET', '/work-orders'));
    await envelope.client.send(request('GET', '/work-orders'));
    await expect(envelope.client.send(request('GET', '/work-orders'))).rejects.toMatchObject({
      reason: 'request-budget',
    });
  });

  it('spaces requests to the rate limit', async () => {
    // Real sleeping here: at 20 requests a second, three requests span at least 100 ms.
    const { envelope } = await setup([], { rate: 20, sleep: undefined });
    const started = Date.now();
    for (let index = 0; index < 3; index += 1)
      await envelope.client.send(request('GET', '/work-orders'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
  });
});
