import { createHttpClient, type HttpClient } from '../../src/http';
import { startPrism } from '../../src/prism';
import type { PrismProcess } from '../../src/prism';
import { executeCase } from '../../src/run/executeCase';
import type { CaseAuth, RequestCase } from '../../src/run/RequestCase';
import type { RunContext } from '../../src/run/Target';
import { loadSpec } from '../../src/spec/loadSpec';
import { specPath } from '../support/paths';

const validBody =
  '{"status":"COMPLETE","updated_by_user_id":"ff74beb8-f6c2-4202-b886-07321bd1ac70"}';

const statusCase = (auth: CaseAuth, rawBody: string, statusCode: number): RequestCase => ({
  operationId: 'patch-work-orders-id-state',
  bodyClass: rawBody === validBody ? 'valid' : 'invalid',
  label: 'C5',
  pathParams: { id: '1' },
  auth,
  contentType: 'application/json',
  rawBody,
  expect: { kind: 'status', statusCode },
});

const cases: [string, CaseAuth, string, number][] = [
  ['(a) no Authorization and an empty object: 401', { kind: 'none' }, '{}', 401],
  ['(b) a bearer token and an empty object: 400', { kind: 'token' }, '{}', 400],
  [
    '(c) Basic credentials and a valid body: 401',
    { kind: 'header', value: 'Basic dTpw' },
    validBody,
    401,
  ],
  [
    '(d) a bearer token and a user id that is not a uuid: 400',
    { kind: 'token' },
    '{"status":"COMPLETE","updated_by_user_id":"not-a-uuid"}',
    400,
  ],
];

describe('C5: security is judged before the body (seed spec, Prism mock)', () => {
  let prism: PrismProcess;
  let client: HttpClient;
  let context: RunContext;

  beforeAll(async () => {
    prism = await startPrism({ specPath });
    client = createHttpClient({ baseUrl: prism.baseUrl });
    const target = { kind: 'prism-mock' as const, baseUrl: prism.baseUrl, client, token: 't' };
    context = { spec: await loadSpec(specPath), target };
  }, 30_000);

  afterAll(async () => {
    client.close();
    await prism.stop();
  });

  it.each(cases)('%s, and the answer passes every check', async (_, auth, body, statusCode) => {
    const outcome = await executeCase(context, statusCase(auth, body, statusCode));

    expect(outcome.exchange.response?.statusCode).toBe(statusCode);
    expect(outcome.findings).toEqual([]);
  });

  it('accepts the 401 with no body: `content: {}` declares no body schema', async () => {
    const outcome = await executeCase(context, statusCase({ kind: 'none' }, validBody, 401));

    expect(outcome.exchange.response?.body).toBe('');
    expect(outcome.findings).toEqual([]);
  });
});
