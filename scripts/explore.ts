import { randomUUID } from 'node:crypto';
import { InvalidArgumentError } from 'commander';
import { createProgram } from '../src/cli/createProgram';
import { defaultIds, defaults, defaultWorkflowPath, strictWorkflowPath } from '../src/cli/defaults';
import { liveDefaults } from '../src/cli/liveDefaults';
import { parseWholeNumber } from '../src/cli/parseNumber';
import { runMain } from '../src/cli/runMain';
import { runExplore, type ExploreOptions } from '../src/explore';
import { parsePath } from '../src/cli/parsePath';

interface Flags {
  target?: string;
  workflow: string;
  out?: string;
  tries: number;
  token?: string;
  userId: string;
  componentId: string;
  maxRequests: number;
  maxOrders: number;
  rate?: number;
  timeout: number;
  reportDir: string;
  spec: string;
  simulateWorkflow: string;
  simulateFault?: string[];
  dryRun: boolean;
}

const parseUuid = (text: string): string => {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) return text;
  throw new InvalidArgumentError(`expected a UUID, got '${text}'`);
};

const embeddedTargets = ['mock', 'simulator'];

// The budgets, pace and exit codes are conformance's; the flags below it are explore's own.
const createExploreProgram = () =>
  createProgram('explore', "Learn the target's transition table and diff it with a workflow.")
    .option('--target <target>', 'mock, simulator, or the API base URL (or SERIAL_API_URL)')
    .option('--token <token>', 'bearer token (or SERIAL_API_TOKEN, which keeps it out of ps)')
    .option('--spec <file>', 'OpenAPI 3.1 document', parsePath, defaults.specPath)
    .option(
      '--workflow <file>',
      'the declared workflow to compare with',
      parsePath,
      defaultWorkflowPath,
    )
    .option('--user-id <uuid>', 'sent as created_by / updated_by', parseUuid, randomUUID())
    .option('--component-id <uuid>', 'of created orders', parseUuid, defaultIds.componentId)
    .option('--max-requests <n>', 'request budget', parseWholeNumber(5), liveDefaults.maxRequests)
    .option('--max-orders <n>', 'work-order budget', parseWholeNumber(1, 100_000), 100)
    .option(
      '--rate <n>',
      `requests/s, 0: no limit (URL: ${liveDefaults.rate}, else 0)`,
      parseWholeNumber(0),
    )
    .option('--timeout <ms>', 'time-out per request', parseWholeNumber(1), liveDefaults.timeoutMs)
    .option('--report-dir <dir>', 'where reports are written', parsePath, defaults.reportDir)
    .option('--dry-run', 'print the plan and send nothing', false)
    .option(
      '--tries <n>',
      'tries of each pair, to find varying answers',
      parseWholeNumber(1, 20),
      2,
    )
    .option('--out <file>', 'where the learnt workflow goes (default: in --report-dir)', parsePath)
    .option(
      '--simulate-workflow <file>',
      'workflow of --target simulator',
      parsePath,
      strictWorkflowPath,
    )
    .option('--simulate-fault <name...>', 'seeded faults of --target simulator');

const parseFlags = (argv: readonly string[], env = process.env): ExploreOptions => {
  const program = createExploreProgram();
  program.parse([...argv], { from: 'user' });
  const { spec, workflow, simulateWorkflow, simulateFault, timeout, token, rate, ...flags } =
    program.opts<Flags>();

  const target = flags.target ?? env.SERIAL_API_URL ?? '';
  if (target === '') program.error('no target: pass --target mock, simulator or the API URL');
  const resolvedToken = token ?? (env.SERIAL_API_TOKEN === '' ? undefined : env.SERIAL_API_TOKEN);
  return {
    ...flags,
    target,
    specPath: spec,
    workflowPath: workflow,
    simulateWorkflowPath: simulateWorkflow,
    simulateFaults: simulateFault ?? [],
    timeoutMs: timeout,
    // The embedded targets are ours, and a limit would only slow them down.
    rate: rate ?? (embeddedTargets.includes(target) ? 0 : liveDefaults.rate),
    ...(resolvedToken === undefined ? {} : { token: resolvedToken }),
  };
};

// Async, so a flag error rejects into runMain (exit 2) instead of escaping it.
runMain(async () =>
  runExplore(parseFlags(process.argv.slice(2)), {
    progress: (line) => console.error(line),
    print: (line) => console.log(line),
  }),
);
