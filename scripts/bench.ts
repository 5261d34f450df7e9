/**
 * Benchmark, not a test: prints the gate's and explore's wall times, Prism's start time, and
 * throughput of the property loops beside raw keep-alive loops to the same targets, in one run.
 * Usage: npm run bench [-- --requests N]
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequestProperties, unknownNumberFloor } from '../properties';
import { runAgainstSimulator } from '../src/cli/runAgainstSimulator';
import { defaultIds, defaults, strictWorkflowPath } from '../src/cli/defaults';
import { createProgram } from '../src/cli/createProgram';
import { parseWholeNumber } from '../src/cli/parseNumber';
import { runMain } from '../src/cli/runMain';
import type { SentRequest } from '../src/core/finding';
import { createHttpClient, type HttpClient } from '../src/http';
import { startPrism } from '../src/prism';
import { runWorkflowModel } from '../src/run/model/runWorkflowModel';
import { deriveSeed } from '../src/run/deriveSeed';
import { runProperty } from '../src/run/runProperty';
import { toSentRequest } from '../src/run/toSentRequest';
import type { Target } from '../src/run/Target';
import { createSimulator, faultNames } from '../src/simulator';
import { loadSpec } from '../src/spec/loadSpec';
import type { SpecModel } from '../src/spec/SpecModel';
import { findStatuses, loadWorkflow } from '../src/workflow';

const parseFlags = (argv: readonly string[]) =>
  createProgram('bench', 'Print the wall times and throughput figures.')
    .option('--requests <n>', 'requests of each loop against the mock', parseWholeNumber(1), 3000)
    .parse([...argv], { from: 'user' })
    .opts<{ requests: number }>();

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

/** Wall time of one of the project's scripts, run in a fresh process as `npm run` would. */
const timeScript = (name: string, args: readonly string[]): { ms: number; exit: number | null } => {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [require.resolve('ts-node/dist/bin.js'), '--swc', resolve(__dirname, name), ...args],
    { stdio: 'ignore', cwd: resolve(__dirname, '..') },
  );
  return { ms: performance.now() - started, exit: run.status };
};

const timeGate = (scratch: string) =>
  timeScript('contract.ts', ['--report-dir', join(scratch, 'gate')]);

const timeExplore = (scratch: string) =>
  timeScript('explore.ts', ['--target', 'simulator', '--report-dir', join(scratch, 'explore')]);

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
  // The workflow model's requests depend on the answers, so they are recorded, not planned.
  const sent: SentRequest[] = [];
  const send = (request: SentRequest) => {
    sent.push(request);
    return client.send(request);
  };
  return { client: { send, close: () => client.close() }, sent };
};

const mockProperties = (spec: SpecModel) =>
  createRequestProperties(spec).filter((property) => property.targets.includes('prism-mock'));

/** The exact requests the property loop will send for `seed`: fc.sample replays its cases. */
const plannedRequests = (spec: SpecModel, seed: number, numRuns: number, token: string) =>
  mockProperties(spec).flatMap((property) =>
    fc
      .sample(property.arbitrary, { seed: deriveSeed(seed, property.name), numRuns })
      .map((testCase) => toSentRequest(spec, testCase, token)),
  );

/** Every mock property with `numRuns` cases; returns requests per second. */
const propertyLoop = async (spec: SpecModel, target: Target, seed: number, numRuns: number) => {
  let requests = 0;
  const started = performance.now();
  for (const property of mockProperties(spec)) {
    const options = { seed, numRuns, command: 'bench' };
    requests += (await runProperty({ spec, target }, property, options)).requests;
  }
  return perSecond(requests, performance.now() - started);
};

/**
 * The property loop against the mock, beside a raw loop of the very same requests. Prism
 * answers a request it has just seen a little faster, so the raw loop runs both before and
 * after the property loop and the ratio uses their mean.
 */
const benchMock = async (spec: SpecModel, budget: number) => {
  const prism = await startPrism({ specPath: defaults.specPath });
  const client = createHttpClient({ baseUrl: prism.baseUrl });
  const target: Target = { kind: 'prism-mock', baseUrl: prism.baseUrl, client, token: 't' };
  const numRuns = Math.max(1, Math.ceil(budget / mockProperties(spec).length));
  try {
    await propertyLoop(spec, target, 1, numRuns); // warm-up: JIT on both sides
    const planned = plannedRequests(spec, defaults.seed, numRuns, 't');
    const before = await rawLoop(client, planned);
    const loop = await propertyLoop(spec, target, defaults.seed, numRuns);
    const after = await rawLoop(client, planned);
    return { startMs: prism.startMs, raw: Math.round((before + after) / 2), loop };
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

/** Conformance against each seeded fault of the simulator: the share it kills (exit 1). */
const benchKillRate = async () => {
  const plugins = { createRequestProperties, unknownNumberFloor };
  const survivors: string[] = [];
  for (const fault of faultNames) {
    const run = await runAgainstSimulator([fault], plugins, { seed: defaults.seed, runs: 10 });
    if (run.exitCode !== 1) survivors.push(fault);
  }
  return { killed: faultNames.length - survivors.length, total: faultNames.length, survivors };
};

const main = async (): Promise<number> => {
  const { requests } = parseFlags(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    return await measure(requests, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

const measure = async (budget: number, scratch: string): Promise<number> => {
  const gate = timeGate(scratch);
  const explore = timeExplore(scratch);
  const spec = await loadSpec(defaults.specPath);
  const mock = await benchMock(spec, budget);
  const sim = await benchSimulator(spec);
  const kills = await benchKillRate();

  const lines = [
    `gate wall time (npm run contract, fresh process): ${(gate.ms / 1000).toFixed(1)} s, exit ${gate.exit}`,
    `explore wall time (npm run explore -- --target simulator, fresh process): ${(explore.ms / 1000).toFixed(1)} s, exit ${explore.exit}`,
    `Prism start to first answer: ${mock.startMs} ms`,
    `mock: property loop ${mock.loop} req/s, raw keep-alive loop ${mock.raw} req/s, ratio ${(mock.loop / mock.raw).toFixed(2)}`,
    `simulator: workflow model ${sim.sequences} sequences/s, ${sim.requests} req/s; raw keep-alive loop ${sim.raw} req/s, ratio ${(sim.requests / sim.raw).toFixed(2)}`,
    `fault catalogue: conformance killed ${kills.killed} of ${kills.total} seeded faults` +
      (kills.survivors.length === 0 ? '' : ` (survived: ${kills.survivors.join(', ')})`),
  ];
  console.log(lines.join('\n'));
  return 0;
};

runMain(main);
