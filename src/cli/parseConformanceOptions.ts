import { randomUUID } from 'node:crypto';
import { HarnessError } from '../core/HarnessError';
import { parseBaseUrl } from '../http';
import { checkReplayFlags } from './replayFlags';
import { createProgram } from './createProgram';
import { defaultIds, defaults, defaultWorkflowPath } from './defaults';
import { liveDefaults } from './liveDefaults';
import { parseWholeNumber } from './parseNumber';
import { parsePath } from './parsePath';

export interface ConformanceOptions {
  target: string;
  token?: string;
  spec: string;
  workflow: string;
  userId: string;
  componentId: string;
  seed: number;
  runs: number;
  maxRequests: number;
  maxOrders: number;
  rate: number;
  timeout: number;
  reportDir: string;
  dryRun: boolean;
  verbose: boolean;
  property?: string;
  path?: string;
  replayPath?: string;
}

const parseUuid = (flag: string) => (text: string) => {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) return text;
  throw new HarnessError('USAGE', `${flag} must be a UUID, got '${text}'`, `Pass ${flag} <uuid>.`);
};

const parseUrl = (text: string) => {
  if (/^https?:\/\/[^/]/i.test(text)) {
    parseBaseUrl(text); // the rest of its checks: credentials, query, port
    return text.replace(/\/+$/, '');
  }
  throw new HarnessError(
    'USAGE',
    `--target must be an http(s) URL, got '${text}'`,
    'Pass the API base URL, e.g. --target https://staging.example.com',
  );
};

/** Flags of `npm run conformance`; the token and target may come from the environment. */
export const parseConformanceOptions = (argv: readonly string[], env = process.env) => {
  const program = createProgram('conformance', 'Check a live endpoint against the contract.')
    .option('--target <url>', 'API base URL (or SERIAL_API_URL)')
    .option('--token <token>', 'bearer token (or SERIAL_API_TOKEN, which keeps it out of ps)')
    .option('--spec <file>', 'OpenAPI 3.1 document', parsePath, defaults.specPath)
    .option('--workflow <file>', 'declared workflow', parsePath, defaultWorkflowPath)
    .option('--user-id <uuid>', 'sent as updated_by_user_id', parseUuid('--user-id'), randomUUID())
    .option(
      '--component-id <uuid>',
      'component of created work orders',
      parseUuid('--component-id'),
      defaultIds.componentId,
    )
    .option('--seed <n>', 'seed', parseWholeNumber(-(2 ** 31), 2 ** 31 - 1), defaults.seed)
    .option('--runs <n>', 'cases per property', parseWholeNumber(1, 10_000), liveDefaults.runs)
    .option(
      '--max-requests <n>',
      'request budget',
      parseWholeNumber(1, 10_000_000),
      liveDefaults.maxRequests,
    )
    .option(
      '--max-orders <n>',
      'work-order budget',
      parseWholeNumber(3, 100_000),
      liveDefaults.maxOrders,
    )
    .option(
      '--rate <n>',
      'requests per second (0: no limit)',
      parseWholeNumber(0, 100_000),
      liveDefaults.rate,
    )
    .option(
      '--timeout <ms>',
      'time-out per request',
      parseWholeNumber(1, 600_000),
      liveDefaults.timeoutMs,
    )
    .option('--report-dir <dir>', 'where reports are written', parsePath, defaults.reportDir)
    .option('--dry-run', 'print the plan and send nothing', false)
    .option('--verbose', 'print each property as it finishes', false)
    .option('--property <name>', 'run only properties whose name starts with this')
    .option('--path <path>', "replay one counterexample: fast-check's path (with --property)")
    .option('--replay-path <path>', 'replay a workflow sequence exactly (with --path)');

  program.parse([...argv], { from: 'user' });
  const options = program.opts<ConformanceOptions>();
  const target = options.target ?? env.SERIAL_API_URL;
  if (target === undefined || target === '') {
    throw new HarnessError(
      'USAGE',
      'no target: --target is required',
      'Pass --target https://your-api (or set SERIAL_API_URL).',
    );
  }
  checkReplayFlags(options);
  const token = options.token ?? env.SERIAL_API_TOKEN;
  return { ...options, target: parseUrl(target), ...(token === undefined ? {} : { token }) };
};
