import { isMap, type Pair } from 'yaml';
import { readScalar } from './readScalar';
import { readStatus } from './readStatus';
import { readVerdict } from './readVerdict';
import type { WorkflowSource } from './readWorkflowSource';
import type { Verdict, WorkflowTable } from './Workflow';

const expectMapping = (source: WorkflowSource, node: unknown, entry: string, example: string) => {
  if (isMap(node)) return node;
  throw source.fail(
    'WORKFLOW_NOT_MAPPING',
    node,
    entry,
    'expects a mapping',
    `Write it as a mapping, e.g. ${example}.`,
  );
};

const readRow = (
  source: WorkflowSource,
  pair: Pair,
  from: string,
  statuses: readonly string[],
): Record<string, Verdict> => {
  const entry = `transitions.${from}`;
  const row = expectMapping(source, pair.value ?? pair.key, entry, `${from}: { REVIEW: allowed }`);

  const verdicts: Record<string, Verdict> = {};
  for (const cell of row.items) {
    const cellEntry = `${entry}.${readScalar(cell.key) ?? '?'}`;
    const to = readStatus(source, cell.key, cellEntry, statuses);
    verdicts[to] = readVerdict(source, cell.value ?? cell.key, cellEntry);
  }
  return verdicts;
};

/**
 * The `transitions` mapping: from-status → (to-status → verdict). Absent means every pair takes
 * the `otherwise` verdict.
 */
export const readTransitions = (
  source: WorkflowSource,
  pair: Pair | undefined,
  statuses: readonly string[],
): WorkflowTable['transitions'] => {
  if (pair === undefined) return {};
  const example = 'transitions: { DRAFT: { REVIEW: allowed } }';
  const rows = expectMapping(source, pair.value ?? pair.key, 'transitions', example);

  const transitions: WorkflowTable['transitions'] = {};
  for (const pair of rows.items) {
    const entry = `transitions.${readScalar(pair.key) ?? '?'}`;
    const from = readStatus(source, pair.key, entry, statuses);
    transitions[from] = readRow(source, pair, from, statuses);
  }
  return transitions;
};
