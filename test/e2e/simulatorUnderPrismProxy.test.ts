import type { ReceivedResponse } from '../../src/core/finding';
import { createHttpClient, type HttpClient } from '../../src/http';
import { startPrism, type PrismProcess } from '../../src/prism';
import { runWorkflowModel } from '../../src/run/model/runWorkflowModel';
import { createSimulator, type Simulator } from '../../src/simulator';
import { loadSpec } from '../../src/spec/loadSpec';
import { findStatuses, loadWorkflow } from '../../src/workflow';
import { projectRoot, specPath } from '../support/paths';

const token = 'proxy-check-token-7d41';
const user = 'ff74beb8-f6c2-4202-b886-07321bd1ac70';
const json = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

/** Prism's verdict on the answer: the response-side errors of its sl-violations header. */
const responseErrors = (header: string | undefined): unknown[] => {
  if (header === undefined) return [];
  const entries = JSON.parse(header) as { location: string[]; severity: string }[];
  return entries.filter((entry) => entry.location[0] === 'response' && entry.severity === 'Error');
};

describe('the simulator, behind Prism as a validation proxy', () => {
  let simulator: Simulator;
  let prism: PrismProcess;
  let client: HttpClient;

  beforeAll(async () => {
    const spec = await loadSpec(specPath);
    const workflow = loadWorkflow(
      `${projectRoot}/contracts/workflow.strict.yaml`,
      findStatuses(spec),
    );
    simulator = createSimulator({ spec, workflow, token });
    const { baseUrl } = await simulator.listen(0);
    prism = await startPrism({ specPath, upstream: baseUrl });
    client = createHttpClient({ baseUrl: prism.baseUrl });
  }, 30_000);

  afterAll(async () => {
    client.close();
    await prism.stop();
    await simulator.close();
  });

  it('gives answers in which Prism finds no error', async () => {
    const send = (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = json,
    ) =>
      client.send({
        method,
        path,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const created = await send('POST', '/work-orders', {
      name: 'proxy',
      quantity: 1,
      created_by_user_id: user,
    });
    const { id, wo_number: number } = JSON.parse(created.body) as { id: string; wo_number: number };

    const answers = [
      created,
      await send('GET', `/work-order/${id}`),
      await send('GET', `/work-order/${number}`),
      await send('GET', '/work-orders'),
      await send('PATCH', `/work-orders/${id}/status`, {
        status: 'REVIEW',
        updated_by_user_id: user,
      }),
      await send('PATCH', `/work-orders/${number}/status`, {
        status: 'ARCHIVED',
        updated_by_user_id: user,
      }),
      await send('PATCH', `/work-orders/${id}/status`, {
        status: 'DONE',
        updated_by_user_id: user,
      }),
      await send('PATCH', '/work-orders/999999999/status', {
        status: 'DRAFT',
        updated_by_user_id: user,
      }),
      await send('POST', `/work-orders/${id}/comments`, { comment: 'é ✓', added_by_user_id: user }),
      await send(
        'PATCH',
        `/work-orders/${id}/status`,
        { status: 'DRAFT', updated_by_user_id: user },
        {},
      ),
    ];

    expect(answers.map((answer) => answer.statusCode)).toEqual([
      200, 200, 200, 200, 200, 400, 400, 404, 200, 401,
    ]);
    expect(answers.flatMap((answer) => responseErrors(answer.headers['sl-violations']))).toEqual(
      [],
    );
  });

  it('gives no answer Prism flags over whole generated workflow sequences', async () => {
    const spec = await loadSpec(specPath);
    const workflow = loadWorkflow(
      `${projectRoot}/contracts/workflow.strict.yaml`,
      findStatuses(spec),
    );
    const answers: ReceivedResponse[] = [];
    const recording: HttpClient = {
      send: async (request) => {
        const answer = await client.send(request);
        answers.push(answer);
        return answer;
      },
      close: () => undefined,
    };
    const target = { kind: 'simulator' as const, baseUrl: prism.baseUrl, client: recording, token };

    const run = await runWorkflowModel({ spec, target }, workflow, {
      seed: 20261203,
      numRuns: 30,
      maxCommands: 20,
      userId: user,
      componentId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      runTag: 'proxy-model',
      command: 'npm run contract --',
    });

    expect(run.property.passed).toBe(true);
    expect(new Set(answers.map((answer) => answer.statusCode))).toEqual(new Set([200, 400, 404]));
    expect(answers.length).toBeGreaterThan(200);
    expect(answers.flatMap((answer) => responseErrors(answer.headers['sl-violations']))).toEqual(
      [],
    );
  }, 30_000);

  it('would see a broken answer: with the fault response-breaks-schema, Prism flags create', async () => {
    const spec = await loadSpec(specPath);
    const workflow = loadWorkflow(
      `${projectRoot}/contracts/workflow.strict.yaml`,
      findStatuses(spec),
    );
    const faulty = createSimulator({ spec, workflow, token, faults: ['response-breaks-schema'] });
    const proxy = await startPrism({ specPath, upstream: (await faulty.listen(0)).baseUrl });
    const faultyClient = createHttpClient({ baseUrl: proxy.baseUrl });
    try {
      const body = JSON.stringify({ name: 'proxy', quantity: 1, created_by_user_id: user });
      const answer = await faultyClient.send({
        method: 'POST',
        path: '/work-orders',
        headers: json,
        body,
      });

      expect(responseErrors(answer.headers['sl-violations'])).not.toEqual([]);
    } finally {
      faultyClient.close();
      await proxy.stop();
      await faulty.close();
    }
  }, 30_000);
});
