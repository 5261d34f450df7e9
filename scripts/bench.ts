/**
 * Benchmark, not a test: prints the gate's wall time, Prism's start time, and throughput of the
 * property loops beside raw keep-alive loops to the same targets, measured in one run.
 * Usage: npm run bench [-- --requests N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequestProperties } from '../properties';
import { defaultIds, defaults, strictWorkflowPath } from '../src/cli/defaults';
import { runMain } from '../src/cli/runMain';
import type { SentRequest } from '../src/core/finding';
import { createHttpClient, type HttpClient } from '../src/http';
import { startPrism } from '../src/prism';
import { runWorkflowModel } from '../src/run/model/runWorkflowModel';
import { runProperty } from '../src/run/runProperty';
import type { Target } from '../src/run/Target';
import { createSimulator } from '../src/simulator';
import { loadSpec } from '../src/spec/loadSpec';
import type { SpecModel } from '../src/spec/SpecModel';
import { findStatuses, loadWorkflow } from '../src/workflow';

const requestsArg = process.argv.indexOf('--requests');
const budget = requestsArg > 0 ? Number(process.argv[requestsArg + 1]) : 3000;
const user = defaultIds.userId;

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

const timeGate = (): { ms: number; exit: number | null } => {
  const started = performance.now();
  const reportDir = mkdtempSync(join(tmpdir(), 'bench-gate-'));
  const script = resolve(__dirname, 'contract.ts');
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', script, '--report-dir', reportDir],
    { stdio: 'ignore', cwd: resolve(__dirname, '..') },
  );
  return { ms: performance.now() - started, exit: run.status };
};

/** Sends the given requests back to back on one keep-alive client: no generation, no checks. */
const rawLoop = async (client: HttpClient, requests: readonly SentRequest[]) => {
  const started = performance.now();
  for (const request of requests) await client.send(request);
  return perSecond(requests.length, performance.now() - started);
};

/**
 * A client that keeps every request it sends, so the raw loop can replay exactly the same
 * requests: the ratio then measures the harness's own cost, not a cheaper request mix.
 */
const recording = (client: HttpClient) => {
  const sent: SentRequest[] = [];
  const send = (request: SentRequest) => {
    sent.push(request);
    return client.send(request);
  };
  return { client: { send, close: () => client.close() }, sent };
};

/** Request properties until `count` requests are sent; returns requests per second. */
const propertyLoop = async (spec: SpecModel, target: Target, count: number) => {
  const properties = createRequestProperties(spec).filter((p) => p.targets.includes(target.kind));
  const numRuns = Math.max(1, Math.ceil(count / properties.length));
  let requests = 0;
  const started = performance.now();
  for (const property of properties) {
    const options = { seed: defaults.seed, numRuns, command: 'bench' };
    requests += (await runProperty({ spec, target }, property, options)).requests;
  }
  return perSecond(requests, performance.now() - started);
};

const statusRequest = (token: string, id: string): SentRequest => ({
  method: 'PATCH',
  path: `/work-orders/${id}/status`,
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ status: 'DRAFT', updated_by_user_id: user }),
});

const benchMock = async (spec: SpecModel) => {
  const prism = await startPrism({ specPath: defaults.specPath });
  const client = createHttpClient({ baseUrl: prism.baseUrl });
  const recorder = recording(client);
  const target: Target = { kind: 'prism-mock', baseUrl: prism.baseUrl, ...recorder, token: 't' };
  try {
    await rawLoop(client, Array<SentRequest>(300).fill(statusRequest('t', '1'))); // warm-up
    const loop = await propertyLoop(spec, target, budget);
    const raw = await rawLoop(client, recorder.sent);
    return { startMs: prism.startMs, raw, loop };
  } finally {
    client.close();
    await prism.stop();
  }
};

const benchSimulator = async (spec: SpecModel) => {
  const workflow = loadWorkflow(strictWorkflowPath, findStatuses(spec));
  const simulator = createSimulator({ spec, workflow, token: 'bench' });
  const { baseUrl } = await simulator.listen(0);
  const client = createHttpClient({ baseUrl });
  const recorder = recording(client);
  const target: Target = { kind: 'simulator', baseUrl, ...recorder, token: 'bench' };
  try {
    const started = performance.now();
    const options = { ...defaultIds, runTag: 'bench', seed: defaults.seed, numRuns: 100 };
    const model = await runWorkflowModel({ spec, target }, workflow, {
      ...options,
      maxCommands: 30,
      command: 'bench',
    });
    const ms = performance.now() - started;
    // The replay meets other states (moves now rejected), but costs the simulator the same.
    const raw = await rawLoop(client, recorder.sent);
    return {
      raw,
      sequences: perSecond(model.property.numRuns, ms),
      requests: perSecond(model.property.requests, ms),
    };
  } finally {
    client.close();
    await simulator.close();
  }
};

const main = async (): Promise<number> => {
  const gate = timeGate();
  const spec = await loadSpec(defaults.specPath);
  const mock = await benchMock(spec);
  const sim = await benchSimulator(spec);

  const lines = [
    `gate wall time (npm run contract, fresh process): ${(gate.ms / 1000).toFixed(1)} s, exit ${gate.exit}`,
    `Prism start to first answer: ${mock.startMs} ms`,
    `mock: property loop ${mock.loop} req/s, raw keep-alive loop ${mock.raw} req/s, ratio ${(mock.loop / mock.raw).toFixed(2)}`,
    `simulator: workflow model ${sim.sequences} sequences/s, ${sim.requests} req/s; raw keep-alive loop ${sim.raw} req/s, ratio ${(sim.requests / sim.raw).toFixed(2)}`,
  ];
  console.log(lines.join('\n'));
  return 0;
};

runMain(main);
