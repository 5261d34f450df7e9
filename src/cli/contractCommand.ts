import { Option } from 'commander';
import { HarnessError } from '../core/HarnessError';
import { prepareFolder } from '../core/prepareFolder';
import { knownDeviations } from '../run/knownDeviations';
import { workflowPropertyName } from '../run/model/runWorkflowModel';
import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { PropertyResult } from '../run/PropertyResult';
import { isPassing, type RunResult } from '../run/RunResult';
import { loadSpec } from '../spec/loadSpec';
import type { SpecModel } from '../spec/SpecModel';
import { findStatuses, loadWorkflow } from '../workflow';
import { renderSummary } from '../report/renderSummary';
import { writeReports } from '../report/writeReports';
import { checkReplayFlags, selectsProperty, toReplayCommand, toReplayOptions } from './replayFlags';
import { createProgram } from './createProgram';
import { defaults, strictWorkflowPath } from './defaults';
import { parseWholeNumber } from './parseNumber';
import { runMockSection, runSimulatorSection, startMock, type SectionResult } from './runSections';
import { parsePath } from './parsePath';

export interface ContractOptions {
  seed: number;
  runs: number;
  maxCommands: number;
  spec: string;
  workflow: string;
  reportDir: string;
  property?: string;
  path?: string;
  replayPath?: string;
  requireCoverage: boolean;
  /** Which embedded targets run: both, or one (a replay line names the one that failed). */
  on: 'all' | 'prism-mock' | 'simulator';
  verbose: boolean;
}

/** What the entry point plugs in: the property catalogue lives outside src/ (README, Layers). */
export interface ContractPlugins {
  createRequestProperties: (
    spec: SpecModel,
    options: Parameters<Parameters<typeof runMockSection>[0]['createProperties']>[1],
  ) => PropertyDefinition[];
}

const seedRange = parseWholeNumber(-(2 ** 31), 2 ** 31 - 1);

export const parseContractOptions = (argv: readonly string[]): ContractOptions => {
  const program = createProgram('contract', 'Check the spec against Prism and the simulator.')
    .option('--seed <n>', 'seed for every generator', seedRange, defaults.seed)
    .option('--runs <n>', 'cases per property', parseWholeNumber(1, 100_000), defaults.runs)
    .option('--max-commands <n>', 'longest workflow sequence', parseWholeNumber(1, 1000), 30)
    .option('--spec <file>', 'OpenAPI 3.1 document', parsePath, defaults.specPath)
    .option('--workflow <file>', 'workflow the simulator enforces', parsePath, strictWorkflowPath)
    .option('--report-dir <dir>', 'where reports are written', parsePath, defaults.reportDir)
    .option('--property <name>', 'run only properties whose name starts with this')
    .option('--path <path>', "replay one counterexample: fast-check's path (with --property)")
    .option('--replay-path <path>', 'replay a workflow sequence exactly (with --path)')
    .addOption(
      new Option('--on <target>', 'run on both embedded targets or one')
        .choices(['all', 'prism-mock', 'simulator'])
        .default('all'),
    )
    .option('--require-coverage', 'fail when a pair the workflow declares was never tried', false)
    .option('--verbose', 'print each property as it finishes', false);
  program.parse([...argv], { from: 'user' });
  const options = program.opts<ContractOptions>();
  checkReplayFlags(options);
  return options;
};

const loadInputs = async (options: ContractOptions) => {
  const spec = await loadSpec(options.spec);
  return { spec, workflow: loadWorkflow(options.workflow, findStatuses(spec)) };
};

const toRunResult = (options: ContractOptions, started: number, sections: SectionResult[]) => {
  const properties = sections.flatMap((section) => section.results);
  const used = new Set(properties.flatMap((result) => Object.keys(result.deviations)));
  const result: RunResult = {
    command: 'contract',
    specPath: options.spec,
    targets: sections.map(({ target }) => ({ kind: target.kind, baseUrl: target.baseUrl })),
    seed: options.seed,
    numRuns: options.runs,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    properties,
    coverage: sections.flatMap((section) =>
      section.coverage === undefined ? [] : [section.coverage],
    ),
    requireCoverage: options.requireCoverage,
    deviations: knownDeviations
      .filter((deviation) => used.has(deviation.code))
      .map(({ code, description }) => ({ code, description })),
  };
  return result;
};

/** The contract gate: spec check, Prism mock, simulator with the workflow. Exit 0, 1 or 2. */
export const contractCommand = async (
  argv: readonly string[],
  plugins: ContractPlugins,
): Promise<number> => {
  const options = parseContractOptions(argv);
  prepareFolder(options.reportDir, '--report-dir');
  const started = Date.now();
  // Prism takes about a second to start; it starts while the spec and workflow are checked, and
  // is stopped again if they do not load.
  const prism = options.on === 'simulator' ? undefined : startMock(options.spec);
  prism?.catch(() => undefined);
  const loaded = await loadInputs(options).catch(async (error: unknown) => {
    await prism?.then((started) => started.stop()).catch(() => undefined);
    throw error;
  });
  const { spec, workflow } = loaded;

  const input = {
    spec,
    specPath: options.spec,
    createProperties: (
      model: SpecModel,
      extra: Parameters<ContractPlugins['createRequestProperties']>[1],
    ) =>
      plugins.createRequestProperties(model, extra).filter((p) => selectsProperty(options, p.name)),
    runOptions: {
      seed: options.seed,
      numRuns: options.runs,
      command: toReplayCommand('npm run contract --', options, strictWorkflowPath),
      ...toReplayOptions(options),
    },
    onDone: (result: PropertyResult) => {
      if (options.verbose)
        console.error(`${result.passed ? '✓' : '✗'} ${result.target} ${result.name}`);
    },
  };
  const runModel = selectsProperty(options, workflowPropertyName);
  // The two targets share nothing, so they run side by side; each runs its properties in order
  // with seeds of their own, so the verdicts do not depend on the interleaving.
  // Both run to the end even when one fails, so Prism and the simulator are always stopped.
  const settled = await Promise.allSettled([
    ...(prism === undefined ? [] : [runMockSection(input, prism)]),
    ...(options.on === 'prism-mock'
      ? []
      : [runSimulatorSection(input, workflow, runModel ? options.maxCommands : 0)]),
  ]);
  const sections = settled.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  });

  const result = toRunResult(options, started, sections);
  if (result.properties.length === 0) {
    throw new HarnessError(
      'USAGE',
      `--property '${options.property ?? ''}' matches no property`,
      'Use a property name from the summary of a full run, or a prefix of one.',
    );
  }
  const paths = writeReports(result, options.reportDir);
  console.log(renderSummary(result));
  console.log(`reports: ${paths.summary}, ${paths.junit}, ${paths.json}`);
  return isPassing(result) ? 0 : 1;
};
