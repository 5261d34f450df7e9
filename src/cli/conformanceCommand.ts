import { randomBytes } from 'node:crypto';
import type fc from 'fast-check';
import { HarnessError } from '../core/HarnessError';
import { prepareFolder } from '../core/prepareFolder';
import { createHttpClient, quoteShellWord, type HttpClient } from '../http';
import { createPathIdFinder } from '../run/guard/findPathId';
import { createEnvelope, type Envelope } from '../run/guard/createEnvelope';
import { listCreatedOnInterrupt } from '../run/guard/listCreatedOnInterrupt';
import { knownDeviations } from '../run/knownDeviations';
import { readWorkOrder } from '../run/model/readWorkOrder';
import { runWorkflowModel, workflowPropertyName } from '../run/model/runWorkflowModel';
import { workOrderOperations } from '../run/model/workOrderOperations';
import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { PropertyResult } from '../run/PropertyResult';
import { isPassing, type RunResult } from '../run/RunResult';
import { runProperty } from '../run/runProperty';
import type { RunContext } from '../run/Target';
import { loadSpec } from '../spec/loadSpec';
import type { SpecModel } from '../spec/SpecModel';
import { findStatuses, loadWorkflow, type Workflow } from '../workflow';
import { renderSummary } from '../report/renderSummary';
import { writeReports } from '../report/writeReports';
import { createFixtureOrders } from './createFixtureOrders';
import { defaultWorkflowPath } from './defaults';
import { selectsProperty, toReplayCommand, toReplayOptions } from './replayFlags';
import { liveDefaults } from './liveDefaults';
import { parseConformanceOptions, type ConformanceOptions } from './parseConformanceOptions';
import { renderPlan } from './renderPlan';
import { surveyTarget, type TargetSurvey } from './preflight';

export interface ConformancePlugins {
  createRequestProperties: (
    spec: SpecModel,
    options: { idArb?: fc.Arbitrary<string>; runTag?: string },
  ) => PropertyDefinition[];
  /** Ids at or above this number are probes that match no work order. */
  unknownNumberFloor: number;
}

export interface ConformanceIo {
  env: NodeJS.ProcessEnv;
  print: (text: string) => void;
  /** A line as each property finishes: a live run at 20 requests/s takes a while. */
  progress?: (text: string) => void;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUnknownId = (survey: TargetSurvey, floor: number) => (id: string) =>
  uuidPattern.test(id)
    ? !survey.ids.has(id.toLowerCase())
    : /^\d+$/.test(id) && Number(id) >= floor && Number(id) > survey.highestNumber;

const caseBudget = (property: PropertyDefinition, runs: number) =>
  property.operationId === workOrderOperations.create && property.name.endsWith('.valid-body')
    ? Math.min(runs, liveDefaults.maxCreateCases)
    : runs;

/** The status each created work order was left in, read after the run. */
const readFinalStatuses = async (client: HttpClient, envelope: Envelope, token: string) => {
  const orders = [];
  for (const order of envelope.created()) {
    const response = await client
      .send({
        method: 'GET',
        path: `/work-order/${order.id}`,
        headers: { authorization: `Bearer ${token}` },
      })
      .catch(() => undefined);
    const status = response === undefined ? undefined : readWorkOrder(response).status;
    orders.push({ ...order, status: status ?? 'unknown (read failed)' });
  }
  return orders;
};

const runChecks = async (
  context: RunContext,
  options: ConformanceOptions,
  plugins: ConformancePlugins,
  workflow: Workflow,
  extra: { runTag: string; canCreate: () => boolean; onDone: (result: PropertyResult) => void },
) => {
  const fixture = {
    name: extra.runTag,
    component_id: options.componentId,
    quantity: 1,
    created_by_user_id: options.userId,
  };
  const idArb = await createFixtureOrders(context.target, fixture);
  const properties = plugins
    .createRequestProperties(context.spec, { idArb, runTag: extra.runTag })
    .filter((property) => property.targets.includes('live'))
    .filter((property) => selectsProperty(options, property.name));
  const head = `npm run conformance -- --target ${quoteShellWord(options.target)}`;
  const command = toReplayCommand(head, options, defaultWorkflowPath);
  const replay = toReplayOptions(options);
  const results: PropertyResult[] = [];
  for (const property of properties) {
    const numRuns = caseBudget(property, options.runs);
    const runOptions = { seed: options.seed, numRuns, command, ...replay };
    const result = await runProperty(context, property, runOptions);
    results.push(result);
    extra.onDone(result);
    if (result.stopped !== undefined) return { results, stopped: result.stopped };
  }

  if (!selectsProperty(options, workflowPropertyName)) return { results };
  const model = await runWorkflowModel(context, workflow, {
    ...replay,
    seed: options.seed,
    numRuns: options.runs,
    maxCommands: liveDefaults.maxCommands,
    userId: options.userId,
    componentId: options.componentId,
    runTag: extra.runTag,
    command,
    canCreate: extra.canCreate,
  });
  extra.onDone(model.property);
  const pairs = model.coverage.map((pair) => ({
    ...pair,
    verdict: workflow.verdict(pair.from, pair.to),
  }));
  const coverage = {
    target: context.target.kind,
    workflowPath: workflow.path,
    statuses: workflow.statuses,
    pairs,
  };
  return { results: [...results, model.property], coverage, stopped: model.property.stopped };
};

/** `npm run conformance`: the contract against a live endpoint, inside the safety envelope. */
export const conformanceCommand = async (
  argv: readonly string[],
  plugins: ConformancePlugins,
  io: ConformanceIo = {
    env: process.env,
    print: (text) => console.log(text),
    progress: (text) => console.error(text),
  },
): Promise<number> => {
  const options = parseConformanceOptions(argv, io.env);
  const started = Date.now();
  const spec = await loadSpec(options.spec);
  const workflow = loadWorkflow(options.workflow, findStatuses(spec));
  const planned = plugins
    .createRequestProperties(spec, {})
    .filter((p) => p.targets.includes('live'));
  const names = [...planned.map((property) => property.name), workflowPropertyName];
  if (!names.some((name) => selectsProperty(options, name))) {
    throw new HarnessError(
      'USAGE',
      `--property '${options.property ?? ''}' matches no property`,
      `Use a name or prefix of one of: ${names.join(', ')}`,
    );
  }
  if (options.dryRun) {
    io.print(renderPlan(options, planned, workflow));
    return 0;
  }
  prepareFolder(options.reportDir, '--report-dir');
  if (options.token === undefined || options.token === '') {
    throw new HarnessError('USAGE', 'no token', 'Set SERIAL_API_TOKEN (or pass --token).');
  }

  const inner = createHttpClient({ baseUrl: options.target, timeoutMs: options.timeout });
  let stopListening = () => {};
  try {
    const survey = await surveyTarget(inner, options.target, options.token);
    const envelope = createEnvelope(inner, {
      maxRequests: options.maxRequests,
      maxOrders: options.maxOrders,
      rate: options.rate,
      findPathId: createPathIdFinder(spec),
      isUnknownId: isUnknownId(survey, plugins.unknownNumberFloor),
      createPath: '/work-orders',
    });
    const target = {
      kind: 'live' as const,
      baseUrl: options.target,
      client: envelope.client,
      token: options.token,
    };
    const runTag = `serial-harness-${randomBytes(4).toString('hex')}`;
    stopListening = listCreatedOnInterrupt(runTag, () => envelope.created(), io.print);
    const checks = await runChecks({ spec, target }, options, plugins, workflow, {
      runTag,
      canCreate: () => envelope.ordersLeft() > 1,
      onDone: (result) => {
        const line = `${result.passed ? '✓' : '✗'} ${result.name} (${result.numRuns} cases)`;
        if (options.verbose) io.print(line);
        else io.progress?.(line);
      },
    });

    const used = new Set(checks.results.flatMap((result) => Object.keys(result.deviations)));
    const result: RunResult = {
      command: 'conformance',
      specPath: options.spec,
      targets: [{ kind: 'live', baseUrl: options.target }],
      seed: options.seed,
      numRuns: options.runs,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      properties: checks.results,
      coverage: checks.coverage === undefined ? [] : [checks.coverage],
      requireCoverage: false,
      runTag,
      created: await readFinalStatuses(inner, envelope, options.token),
      traffic: envelope.stats(),
      ...(checks.stopped === undefined ? {} : { stopped: checks.stopped }),
      deviations: knownDeviations
        .filter((deviation) => used.has(deviation.code))
        .map(({ code, description }) => ({ code, description })),
    };
    const paths = writeReports(result, options.reportDir);
    io.print(`${renderSummary(result)}\nreports: ${paths.summary}, ${paths.junit}, ${paths.json}`);
    return isPassing(result) ? 0 : 1;
  } finally {
    stopListening();
    inner.close();
  }
};
