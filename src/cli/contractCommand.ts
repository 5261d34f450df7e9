import { createHttpClient } from '../http';
import { startPrism } from '../prism';
import { knownDeviations } from '../run/knownDeviations';
import type { PropertyDefinition } from '../run/PropertyDefinition';
import type { PropertyResult } from '../run/PropertyResult';
import { isPassing, type RunResult } from '../run/RunResult';
import type { RunContext } from '../run/Target';
import { loadSpec } from '../spec/loadSpec';
import type { SpecModel } from '../spec/SpecModel';
import { renderSummary } from '../report/renderSummary';
import { writeReports } from '../report/writeReports';
import { createProgram } from './createProgram';
import { defaults } from './defaults';
import { parseWholeNumber } from './parseNumber';
import { runProperties } from './runProperties';
import { selectProperties } from './selectProperties';

export interface ContractOptions {
  seed: number;
  runs: number;
  spec: string;
  reportDir: string;
  property?: string;
  path?: string;
  verbose: boolean;
}

/** What the entry point plugs in: the property catalogue lives outside src/ (README, Layers). */
export interface ContractPlugins {
  createRequestProperties(spec: SpecModel): PropertyDefinition[];
}

// Any bearer token passes Prism's mock; a fixed one keeps curl lines and reports stable.
const mockToken = 'contract-gate-token';

export const parseContractOptions = (argv: readonly string[]): ContractOptions => {
  const program = createProgram('contract', 'Validate the spec and check it against Prism.')
    .option(
      '--seed <n>',
      'seed for every generator',
      parseWholeNumber(-(2 ** 31), 2 ** 31 - 1),
      defaults.seed,
    )
    .option('--runs <n>', 'cases per property', parseWholeNumber(1, 100_000), defaults.runs)
    .option('--spec <file>', 'OpenAPI 3.1 document', defaults.specPath)
    .option('--report-dir <dir>', 'where reports are written', defaults.reportDir)
    .option('--property <name>', 'run only properties whose name starts with this')
    .option('--path <path>', "replay one counterexample (fast-check's path; with --property)")
    .option('--verbose', 'print each property as it finishes', false);
  program.parse([...argv], { from: 'user' });
  return program.opts<ContractOptions>();
};

const progress = (verbose: boolean) => (result: PropertyResult) => {
  if (verbose) console.error(`${result.passed ? '✓' : '✗'} ${result.target} ${result.name}`);
};

/** The contract gate: spec check, Prism mock, every request property. Exit 0, 1 or 2. */
export const contractCommand = async (
  argv: readonly string[],
  plugins: ContractPlugins,
): Promise<number> => {
  const options = parseContractOptions(argv);
  const started = Date.now();
  const spec = await loadSpec(options.spec);
  const properties = selectProperties(plugins.createRequestProperties(spec), options.property);

  const prism = await startPrism({ specPath: options.spec });
  const client = createHttpClient({ baseUrl: prism.baseUrl, timeoutMs: defaults.timeoutMs });
  const context: RunContext = {
    spec,
    target: { kind: 'prism-mock', baseUrl: prism.baseUrl, client, token: mockToken },
  };
  let results: PropertyResult[];
  try {
    const runOptions = {
      seed: options.seed,
      numRuns: options.runs,
      command: 'npm run contract --',
      ...(options.path === undefined ? {} : { path: options.path }),
    };
    results = await runProperties(context, properties, runOptions, progress(options.verbose));
  } finally {
    client.close();
    await prism.stop();
  }

  const used = new Set(results.flatMap((result) => Object.keys(result.deviations)));
  const result: RunResult = {
    command: 'contract',
    specPath: options.spec,
    targets: [{ kind: 'prism-mock', baseUrl: prism.baseUrl }],
    seed: options.seed,
    numRuns: options.runs,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    properties: results,
    deviations: knownDeviations
      .filter((deviation) => used.has(deviation.code))
      .map(({ code, description }) => ({ code, description })),
  };
  const paths = writeReports(result, options.reportDir);
  console.log(renderSummary(result));
  console.log(`reports: ${paths.summary}, ${paths.junit}, ${paths.json}`);
  return isPassing(result) ? 0 : 1;
};
