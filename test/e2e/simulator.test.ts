import {
  defaultWorkflow,
  findErrors,
  startSimulator,
  userId,
  type TestSimulator,
} from './simulator.helpers';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const unknownUuid = '00000000-0000-4000-8000-000000000000';

let sim: TestSimulator;

beforeEach(async () => {
  sim = await startSimulator();
});

afterEach(async () => {
  // Whatever a test asserts, every answer it got must conform to the spec.
  const errors = await Promise.all(sim.replies.map(findErrors));
  await sim.stop();
  expect(errors.flat()).toEqual([]);
});

const logTypes = (workOrder: Record<string, unknown>): unknown[] =>
  (workOrder.activity_log as { type: unknown }[]).map((entry) => entry.type);

describe('POST /work-orders', () => {
  it('creates a work order in DRAFT with a v4 uuid, wo_number 1 and a CREATED entry', async () => {
    const reply = await sim.send('POST', '/work-orders', {
      operationId: 'post-work-orders',
      body: { name: 'Lot 42', quantity: 3, created_by_user_id: userId },
    });
    const workOrder = reply.json() as Record<string, unknown>;

    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(workOrder).toMatchObject({ wo_number: 1, status: 'DRAFT', name: 'Lot 42', quantity: 3 });
    expect(workOrder.id).toMatch(uuidV4);
    expect(Date.parse(String(workOrder.created_at))).not.toBeNaN();
    expect(workOrder.activity_log).toEqual([
      expect.objectContaining({ type: 'CREATED', added_by_user_id: userId }),
    ]);
  });

  it('numbers work orders from 1 upward', async () => {
    const numbers = [(await sim.create()).wo_number, (await sim.create()).wo_number];

    expect(numbers).toEqual([1, 2]);
  });

  it.each([
    ['a body that breaks the schema', { body: { quantity: 'many' } }],
    ['a body that is not JSON', { body: '{"name": ' }],
    ['a body sent as text/plain', { body: '{}', contentType: 'text/plain' }],
  ])('answers 400 with no body to %s', async (_, options) => {
    const reply = await sim.send('POST', '/work-orders', {
      operationId: 'post-work-orders',
      ...options,
    });

    expect(reply.statusCode).toBe(400);
    expect(reply.body).toBe('');
  });
});

describe('PATCH /work-orders/{id}/status', () => {
  it('moves a work order by uuid and answers 200 with no body', async () => {
    const { id } = await sim.create();

    const reply = await sim.move(id, 'REVIEW');

    expect(reply.statusCode).toBe(200);
    expect(reply.body).toBe('');
    expect((await sim.retrieve(id)).status).toBe('REVIEW');
  });

  it('moves a work order by wo_number, and by its uuid in upper case', async () => {
    const { id, wo_number } = await sim.create();

    expect((await sim.move(wo_number, 'REVIEW')).statusCode).toBe(200);
    expect((await sim.move(id.toUpperCase(), 'PRODUCTION')).statusCode).toBe(200);
    expect((await sim.retrieve(id)).status).toBe('PRODUCTION');
  });

  describe('when the move is not in the workflow', () => {
    it('answers 400 and keeps the status', async () => {
      const { id } = await sim.create();

      const reply = await sim.move(id, 'COMPLETE');

      expect(reply.statusCode).toBe(400);
      expect((await sim.retrieve(id)).status).toBe('DRAFT');
    });

    it('treats a move to the same status as an ordinary, rejected pair', async () => {
      const { id } = await sim.create();

      expect((await sim.move(id, 'DRAFT')).statusCode).toBe(400);
    });
  });

  it('logs each move with from, to, the user and the comment', async () => {
    const { id } = await sim.create();
    await sim.move(id, 'REVIEW', 'ready for review');
    await sim.move(id, 'PRODUCTION');

    const workOrder = await sim.retrieve(id);

    expect(logTypes(workOrder)).toEqual(['CREATED', 'STATUS_CHANGED', 'STATUS_CHANGED']);
    expect(workOrder.activity_log).toContainEqual(
      expect.objectContaining({
        message: 'ready for review',
        added_by_user_id: userId,
        data: JSON.stringify({ from: 'DRAFT', to: 'REVIEW' }),
      }),
    );
  });

  it('answers 404 for an unknown uuid and an unknown number', async () => {
    await sim.create();

    expect((await sim.move(unknownUuid, 'REVIEW')).statusCode).toBe(404);
    expect((await sim.move(99, 'REVIEW')).statusCode).toBe(404);
  });

  it.each([
    ['a status outside the enum', { status: 'SHIPPED', updated_by_user_id: userId }],
    ['a body without updated_by_user_id', { status: 'REVIEW' }],
    ['a user id that is not a uuid', { status: 'REVIEW', updated_by_user_id: 'me' }],
    ['no body at all', undefined],
  ])('answers 400 to %s and keeps the status', async (_, body) => {
    const { id } = await sim.create();

    const reply = await sim.send('PATCH', `/work-orders/${id}/status`, {
      operationId: 'patch-work-orders-id-state',
      body,
    });

    expect(reply.statusCode).toBe(400);
    expect((await sim.retrieve(id)).status).toBe('DRAFT');
  });
});

describe('authentication', () => {
  it.each([
    ['no Authorization header', null],
    ['a wrong token', 'Bearer wrong-token'],
    ['a malformed header', 'test-token'],
    ['another scheme', 'Basic dGVzdC10b2tlbg=='],
  ])('answers 401 to %s on every operation', async (_, authorization) => {
    const { id } = await sim.create();
    const calls = [
      ['GET', '/work-orders', 'get-work-orders'],
      ['POST', '/work-orders', 'post-work-orders'],
      ['GET', `/work-order/${id}`, 'get-work-order-id'],
      ['PATCH', `/work-orders/${id}/status`, 'patch-work-orders-id-state'],
      ['POST', `/work-orders/${id}/comments`, 'post-work-orders-id-comments'],
    ] as const;

    const replies = await Promise.all(
      calls.map(([method, path, operationId]) =>
        sim.send(method, path, { operationId, authorization, body: { status: 'REVIEW' } }),
      ),
    );

    expect(replies.map((reply) => reply.statusCode)).toEqual([401, 401, 401, 401, 401]);
  });

  it.each(['bearer test-token', 'BEARER test-token', 'Bearer  test-token'])(
    'takes the right token whatever the case of the scheme (RFC 7235): %s',
    async (authorization) => {
      const reply = await sim.send('GET', '/work-orders', {
        operationId: 'get-work-orders',
        authorization,
      });

      expect(reply.statusCode).toBe(200);
    },
  );

  it('compares the token itself exactly', async () => {
    const reply = await sim.send('GET', '/work-orders', {
      operationId: 'get-work-orders',
      authorization: 'Bearer TEST-TOKEN',
    });

    expect(reply.statusCode).toBe(401);
  });

  it('answers 401 before it looks at the body or the id', async () => {
    const reply = await sim.send('PATCH', `/work-orders/${unknownUuid}/status`, {
      operationId: 'patch-work-orders-id-state',
      authorization: null,
      body: 'not json',
    });

    expect(reply.statusCode).toBe(401);
  });
});

describe('GET /work-order/{id}', () => {
  it('answers the same work order by uuid and by wo_number', async () => {
    const { id, wo_number } = await sim.create();

    expect(await sim.retrieve(wo_number)).toEqual(await sim.retrieve(id));
  });

  it('answers 404 with no body for an unknown uuid and an unknown number', async () => {
    const replies = [
      await sim.send('GET', `/work-order/${unknownUuid}`, { operationId: 'get-work-order-id' }),
      await sim.send('GET', '/work-order/7', { operationId: 'get-work-order-id' }),
    ];

    expect(replies.map((reply) => [reply.statusCode, reply.body])).toEqual([
      [404, ''],
      [404, ''],
    ]);
  });
});

describe('GET /work-orders', () => {
  it('lists every work order, most recently edited first', async () => {
    const first = await sim.create();
    const second = await sim.create();
    await sim.move(first.id, 'REVIEW');

    const reply = await sim.send('GET', '/work-orders', { operationId: 'get-work-orders' });

    expect(reply.statusCode).toBe(200);
    expect((reply.json() as { id: string }[]).map((wo) => wo.id)).toEqual([first.id, second.id]);
  });
});

describe('POST /work-orders/{id}/comments', () => {
  it('adds a COMMENT entry and answers the work order', async () => {
    const { id } = await sim.create();

    const reply = await sim.send('POST', `/work-orders/${id}/comments`, {
      operationId: 'post-work-orders-id-comments',
      body: { comment: 'Löt 42 is late', added_by_user_id: userId },
    });

    expect(reply.statusCode).toBe(200);
    expect(logTypes(reply.json() as Record<string, unknown>)).toEqual(['CREATED', 'COMMENT']);
  });

  it('answers 404 for an unknown work order', async () => {
    const reply = await sim.send('POST', '/work-orders/5/comments', {
      operationId: 'post-work-orders-id-comments',
      body: { comment: 'hello' },
    });

    expect(reply.statusCode).toBe(404);
  });
});

describe('routing', () => {
  it('answers 404 to an unknown path and 405 with Allow to a wrong method', async () => {
    const unknownPath = await sim.send('GET', '/work-orders/1');
    const wrongMethod = await sim.send('DELETE', '/work-orders');

    expect(unknownPath.statusCode).toBe(404);
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET, POST');
  });
});

describe('seed and snapshot', () => {
  it('serves seeded work orders and numbers new ones after them', async () => {
    const at = '2024-01-01T00:00:00.000Z';
    const seeded = {
      id: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      wo_number: 41,
      status: 'PRODUCTION',
      created_at: at,
      last_edited_at: at,
      approvals: {},
      activity_log: [],
      attachments: [],
    };
    sim.simulator.seed([seeded]);

    const created = await sim.create();

    expect(created.wo_number).toBe(42);
    expect((await sim.retrieve(41)).status).toBe('PRODUCTION');
    expect(sim.simulator.snapshot().map((wo) => wo.wo_number)).toEqual([41, 42]);
  });

  it('hands out copies that do not change the simulator', async () => {
    const { id } = await sim.create();

    const [copy] = sim.simulator.snapshot();
    copy!.status = 'ARCHIVED';

    expect((await sim.retrieve(id)).status).toBe('DRAFT');
  });
});

describe('with the default workflow', () => {
  it('accepts a move the workflow calls unknown', async () => {
    await sim.stop();
    sim = await startSimulator({ workflowPath: defaultWorkflow });
    const { id } = await sim.create();

    expect((await sim.move(id, 'ARCHIVED')).statusCode).toBe(200);
    expect((await sim.retrieve(id)).status).toBe('ARCHIVED');
  });

  it('refuses it when unknownVerdict is rejected', async () => {
    await sim.stop();
    sim = await startSimulator({ workflowPath: defaultWorkflow, unknownVerdict: 'rejected' });
    const { id } = await sim.create();

    expect((await sim.move(id, 'ARCHIVED')).statusCode).toBe(400);
    expect((await sim.move(id, 'REVIEW')).statusCode).toBe(200);
  });
});
