import http from 'node:http';
import { join } from 'node:path';
import type { Finding, ReceivedResponse } from '../../src/core/finding';
import { checkResponse } from '../../src/oracle/checkResponse';
import { loadSpec } from '../../src/spec/loadSpec';
import type { SpecModel } from '../../src/spec/SpecModel';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator';
import { findStatuses, loadWorkflow } from '../../src/workflow';

export const root = join(__dirname, '..', '..');
export const specPath = join(root, 'spec', 'serial-work-orders.openapi.yaml');
export const strictWorkflow = join(root, 'contracts', 'workflow.strict.yaml');
export const defaultWorkflow = join(root, 'contracts', 'workflow.default.yaml');
export const token = 'test-token';
export const userId = 'ff74beb8-f6c2-4202-b886-07321bd1ac70';

export interface SendOptions {
  operationId?: string;
  /** A value is sent as JSON; a string is sent as it is. */
  body?: unknown;
  contentType?: string;
  /** The Authorization header; `null` sends none. Defaults to the right bearer token. */
  authorization?: string | null;
}

export interface Reply extends ReceivedResponse {
  operationId?: string;
  method: string;
  path: string;
  json(): unknown;
}

export interface TestSimulator {
  simulator: Simulator;
  replies: Reply[];
  send(method: string, path: string, options?: SendOptions): Promise<Reply>;
  /** Creates a work order and returns its id and wo_number. */
  create(body?: unknown): Promise<{ id: string; wo_number: number; status: string }>;
  move(id: string | number, status: unknown, comment?: string): Promise<Reply>;
  /** The work order as GET /work-order/{id} answers it. */
  retrieve(id: string | number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

let specPromise: Promise<SpecModel> | undefined;
/** The spec, loaded once per test file. */
export const getSpec = (): Promise<SpecModel> => (specPromise ??= loadSpec(specPath));

const toHeaderRecord = (headers: http.IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  );

const toBody = (body: unknown): string | undefined =>
  body === undefined || typeof body === 'string' ? body : JSON.stringify(body);

const request = (
  agent: http.Agent,
  port: number,
  method: string,
  path: string,
  options: SendOptions,
) =>
  new Promise<ReceivedResponse>((resolve, reject) => {
    const body = toBody(options.body);
    const headers: Record<string, string> = {};
    if (options.authorization !== null)
      headers.authorization = options.authorization ?? `Bearer ${token}`;
    if (body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      // node sends a GET body unframed unless told its length; the server would misread it.
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const req = http.request({ agent, host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          statusCode: res.statusCode ?? 0,
          headers: toHeaderRecord(res.headers),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });

/** A simulator on a free port, with a keep-alive client that records every reply. */
export const startSimulator = async (
  options: Partial<Omit<SimulatorOptions, 'spec' | 'workflow'>> & { workflowPath?: string } = {},
): Promise<TestSimulator> => {
  const spec = await getSpec();
  const workflow = loadWorkflow(options.workflowPath ?? strictWorkflow, findStatuses(spec));
  const simulator = createSimulator({ token, ...options, spec, workflow });
  const { port } = await simulator.listen();
  const agent = new http.Agent({ keepAlive: true });
  const replies: Reply[] = [];

  const send = async (method: string, path: string, sendOptions: SendOptions = {}) => {
    const response = await request(agent, port, method, path, sendOptions);
    const reply: Reply = {
      ...response,
      method,
      path,
      ...(sendOptions.operationId === undefined ? {} : { operationId: sendOptions.operationId }),
      json: () => JSON.parse(response.body) as unknown,
    };
    replies.push(reply);
    return reply;
  };

  const create = async (body: unknown = { name: 'Lot 42', quantity: 1 }) => {
    const reply = await send('POST', '/work-orders', { operationId: 'post-work-orders', body });
    return reply.json() as { id: string; wo_number: number; status: string };
  };
  const move = (id: string | number, status: unknown, comment?: string) =>
    send('PATCH', `/work-orders/${id}/status`, {
      operationId: 'patch-work-orders-id-state',
      body: { status, updated_by_user_id: userId, ...(comment === undefined ? {} : { comment }) },
    });
  const retrieve = async (id: string | number) => {
    const reply = await send('GET', `/work-order/${id}`, { operationId: 'get-work-order-id' });
    return reply.json() as Record<string, unknown>;
  };
  const stop = async () => {
    agent.destroy();
    await simulator.close();
  };

  return { simulator, replies, send, create, move, retrieve, stop };
};

/** checkResponse's error findings for a reply, taking the code received as the one expected. */
export const findErrors = async (reply: Reply): Promise<Finding[]> => {
  const spec = await getSpec();
  const operation =
    reply.operationId === undefined ? undefined : spec.findOperation(reply.operationId);
  if (operation === undefined) return [];
  const exchange = {
    request: { method: reply.method, path: reply.path, headers: {} },
    response: { statusCode: reply.statusCode, headers: reply.headers, body: reply.body },
  };
  const isExpectedStatus = (statusCode: number) => statusCode === reply.statusCode;
  const findings = checkResponse({ operation, exchange, isExpectedStatus });
  return findings.filter((finding) => finding.severity === 'error');
};
