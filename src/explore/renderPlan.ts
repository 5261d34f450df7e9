import type { SentRequest } from '../core/finding';
import { toCurl } from '../http';
import { findShortestPath } from '../run/model/findShortestPath';
import { createWorkflow, type Workflow, type WorkflowTable } from '../workflow';
import { createWorkOrderRequests } from './createWorkOrderRequests';
import type { ExploreOptions } from './ExploreOptions';
import { findTryCost } from './runTry';
import { describeTarget, toTargetKind } from './startExploreTarget';
import type { SpecModel } from '../spec/SpecModel';

export interface PlanInput {
  options: ExploreOptions;
  spec: SpecModel;
  declared: Workflow;
  workflowOut: string;
  runTag: string;
}

// Stands in for a missing token; toCurl writes it as $SERIAL_API_TOKEN like a real one.
const placeholderToken = 'explore-dry-run-token';

const idPlaceholder = '{id}';
const idPattern = encodeURIComponent(idPlaceholder);

/** The most requests a full run can need: a probe, then every pair on the longest path. */
export const findRequestBound = (statuses: number, tries: number): number =>
  1 + statuses * statuses * tries * findTryCost(statuses - 1);

/** Work orders a full run creates: a probe, then one per try. */
export const findOrderBound = (statuses: number, tries: number): number =>
  1 + statuses * statuses * tries;

/** The status farthest from the initial one by declared-allowed moves, for the example try. */
const findExample = (declared: Workflow) => {
  const allowed = declared.pairs().filter((pair) => pair.verdict === 'allowed');
  const transitions: WorkflowTable['transitions'] = {};
  for (const { from, to } of allowed) transitions[from] = { ...transitions[from], [to]: 'allowed' };
  const table = { initial: declared.initial, transitions, otherwise: 'rejected' as const };
  const moves = createWorkflow('(allowed moves)', declared.statuses, table);
  const paths = declared.statuses.map((status) => ({
    status,
    path: findShortestPath(moves, declared.initial, status) ?? [],
  }));
  return paths.reduce((longest, next) => (next.path.length > longest.path.length ? next : longest));
};

const showRequest = (options: ExploreOptions, token: string, sent: SentRequest): string => {
  // The id is known only once the order exists; the path shows the placeholder unencoded.
  const request = { ...sent, path: sent.path.replace(idPattern, '{id}') };
  if (toTargetKind(options.target) === 'live') {
    return `  ${toCurl(request, options.target, { secret: token })}`;
  }
  return `  ${request.method} ${request.path}${request.body === undefined ? '' : ` ${request.body}`}`;
};

// The embedded targets make their own token; only a live one needs the user's.
const describeToken = (options: ExploreOptions): string => {
  if (options.target === 'mock' || options.target === 'simulator') return 'not needed (embedded)';
  return options.token === undefined
    ? 'missing: set SERIAL_API_TOKEN or pass --token to run'
    : 'set';
};

/** What a run would do, with the requests of one try; a dry run prints it and sends nothing. */
export const renderPlan = ({ options, spec, declared, workflowOut, runTag }: PlanInput): string => {
  const n = declared.statuses.length;
  const token = options.token ?? placeholderToken;
  const requests = createWorkOrderRequests(spec, token, options, runTag);
  const example = findExample(declared);
  const id = idPlaceholder;
  const tryRequests = [
    requests.create(`${runTag} ${example.status}→${declared.initial} 1/${options.tries}`),
    ...example.path.map((status) => requests.move(id, status)),
    ...(example.path.length === 0 ? [] : [requests.retrieve(id)]),
    requests.move(id, declared.initial),
    requests.retrieve(id),
  ];
  const route = [declared.initial, ...example.path].join(' → ');

  return [
    'explore plan (dry run: nothing is sent)',
    `  target    ${describeTarget(options)}`,
    `  spec      ${options.specPath}: ${n} statuses, ${n * n} pairs, same-status pairs included`,
    `  declared  ${declared.path} (initial ${declared.initial})`,
    `  tries     ${options.tries} a pair, each on a fresh work order named "${runTag} FROM→TO k/${options.tries}"`,
    `  needs     at most ${findRequestBound(n, options.tries)} requests and ${findOrderBound(n, options.tries)} work orders to learn every pair`,
    `  budgets   --max-requests ${options.maxRequests}, --max-orders ${options.maxOrders}: the run stops before either is spent`,
    `  pace      ${options.rate === 0 ? 'no limit' : `${options.rate} requests/s`}, 429 and 503 retried after Retry-After; --timeout ${options.timeoutMs} ms a request`,
    `  token     ${describeToken(options)}`,
    `  leaves    its work orders, named ${runTag} …, listed in the report (the API has no delete)`,
    `  writes    ${workflowOut}, and explore-{summary.txt,report.json,diagram.mmd,diagram.html} in ${options.reportDir}`,
    '',
    `one try of ${example.status} → ${declared.initial}, driven along ${route} if the target moves as declared:`,
    ...tryRequests.map((request) => showRequest(options, token, request)),
  ].join('\n');
};
