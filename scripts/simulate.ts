import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { HarnessError, isHarnessError } from '../src/core/HarnessError';
import { loadSpec } from '../src/spec/loadSpec';
import { createSimulator, faultNames, parseFaultNames } from '../src/simulator';
import { findStatuses, loadWorkflow } from '../src/workflow';
import { parsePath } from '../src/cli/parsePath';

interface Flags {
  spec: string;
  workflow: string;
  port: number;
  host: string;
  token?: string;
  fault?: string[];
  unknownVerdict: 'allowed' | 'rejected';
}

const parsePort = (value: string): number => {
  const port = Number(value);
  if (/^[0-9]+$/.test(value) && port <= 65535) return port;
  throw new InvalidArgumentError('expects a port number from 0 to 65535.');
};

const createProgram = (): Command =>
  new Command('simulate')
    .description("Serves an in-memory simulation of Serial's work-order API.")
    .option('--spec <file>', 'OpenAPI document', parsePath, 'spec/serial-work-orders.openapi.yaml')
    .option('--workflow <file>', 'workflow file', parsePath, 'contracts/workflow.strict.yaml')
    .option('--port <n>', 'port to listen on (0 picks a free one)', parsePort, 4020)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--token <token>',
      'bearer token to accept (default: $SERIAL_API_TOKEN, else sim-token)',
    )
    .option('--fault <name...>', `seeded faults: ${faultNames.join(', ')}`)
    .addOption(
      new Option('--unknown-verdict <verdict>', 'answer to moves the workflow calls unknown')
        .choices(['allowed', 'rejected'])
        .default('allowed'),
    )
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

/** Where the token came from, never the token itself. */
const describeToken = (flags: Flags): { token: string; source: string } => {
  if (flags.token !== undefined) return { token: flags.token, source: 'token: set (--token)' };
  const fromEnv = process.env.SERIAL_API_TOKEN;
  if (fromEnv !== undefined && fromEnv !== '') {
    return { token: fromEnv, source: 'token: from SERIAL_API_TOKEN' };
  }
  return { token: 'sim-token', source: 'token: the default (see --help)' };
};

const run = async (argv: readonly string[]): Promise<void> => {
  const flags = createProgram().parse(argv).opts<Flags>();
  const faults = parseFaultNames(flags.fault ?? []);
  const { token, source } = describeToken(flags);

  const spec = await loadSpec(flags.spec);
  const workflow = loadWorkflow(flags.workflow, findStatuses(spec));
  const simulator = createSimulator({
    spec,
    workflow,
    token,
    faults,
    unknownVerdict: flags.unknownVerdict,
  });
  const { baseUrl } = await simulator.listen(flags.port, flags.host);

  // Handlers first: whoever reads the line below may signal at once.
  const stop = (): void => {
    void simulator.close().then(() => console.log('simulator stopped'));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const faultText = faults.length === 0 ? 'none' : faults.join(', ');
  console.log(
    `simulator on ${baseUrl} (workflow: ${workflow.path}; ${source}; faults: ${faultText})`,
  );
};

const toUserError = (error: unknown): HarnessError | undefined => {
  if (isHarnessError(error)) return error;
  if (!(error instanceof CommanderError)) return undefined;
  const message = error.message.replace(/^error: /, '');
  return new HarnessError('BAD_FLAG', message, 'Run `npm run simulate -- --help` for the flags.');
};

run(process.argv).catch((error: unknown) => {
  // --help and --version also end in a CommanderError, with exit code 0.
  if (error instanceof CommanderError && error.exitCode === 0) return;
  const userError = toUserError(error);
  if (userError === undefined) throw error;
  console.error(`error: ${userError.message}\n${userError.fix}`);
  process.exitCode = 2;
});
