import { isSeq, type Pair } from 'yaml';
import { toDidYouMean } from './findClosest';
import { readScalar } from './readScalar';
import { readStatus } from './readStatus';
import { readTransitions } from './readTransitions';
import { readVerdict } from './readVerdict';
import type { WorkflowSource } from './readWorkflowSource';
import type { WorkflowTable } from './Workflow';

const topLevelKeys = ['initial', 'transitions', 'otherwise', 'unreachable'] as const;
type TopLevelKey = (typeof topLevelKeys)[number];

const isTopLevelKey = (key: string | undefined): key is TopLevelKey =>
  (topLevelKeys as readonly (string | undefined)[]).includes(key);

const missingFixes: Record<'initial' | 'otherwise', string> = {
  initial: "Add 'initial: DRAFT' (the status a created work order has).",
  otherwise:
    "Add 'otherwise: rejected' (unlisted moves must answer 400) or 'otherwise: unknown' " +
    '(unlisted moves are observed and recorded).',
};

const indexPairs = (source: WorkflowSource): Map<TopLevelKey, Pair> => {
  const pairs = new Map<TopLevelKey, Pair>();
  for (const pair of source.root.items) {
    const key = readScalar(pair.key);
    if (isTopLevelKey(key)) {
      pairs.set(key, pair);
      continue;
    }
    throw source.fail(
      'WORKFLOW_UNKNOWN_KEY',
      pair.key,
      key ?? '?',
      `unknown top-level key (known: ${topLevelKeys.join(', ')})`,
      `Remove it or correct its spelling${toDidYouMean(key ?? '', topLevelKeys)}.`,
    );
  }
  return pairs;
};

const requireValue = (
  source: WorkflowSource,
  pair: Pair | undefined,
  key: 'initial' | 'otherwise',
) => {
  if (pair !== undefined) return pair.value ?? pair.key;
  throw source.fail('WORKFLOW_MISSING_KEY', source.root, key, 'missing', missingFixes[key]);
};

/** The optional list of statuses the file declares unreachable. */
const readUnreachable = (
  source: WorkflowSource,
  pair: Pair | undefined,
  statuses: readonly string[],
) => {
  if (pair === undefined) return undefined;
  if (!isSeq(pair.value)) {
    throw source.fail(
      'WORKFLOW_NOT_A_LIST',
      pair.value ?? pair.key,
      'unreachable',
      'must be a list of statuses',
      'Write it as a list, e.g. unreachable: [ARCHIVED].',
    );
  }
  return pair.value.items.map((item, index) =>
    readStatus(source, item, `unreachable[${index}]`, statuses),
  );
};

/** The table a workflow file writes, with every key, status and verdict checked. */
export const readWorkflowTable = (
  source: WorkflowSource,
  statuses: readonly string[],
): WorkflowTable => {
  const pairs = indexPairs(source);

  const initialNode = requireValue(source, pairs.get('initial'), 'initial');
  const initial = readStatus(source, initialNode, 'initial', statuses);
  const otherwiseNode = requireValue(source, pairs.get('otherwise'), 'otherwise');
  const otherwise = readVerdict(source, otherwiseNode, 'otherwise');
  const transitions = readTransitions(source, pairs.get('transitions'), statuses);
  const unreachable = readUnreachable(source, pairs.get('unreachable'), statuses);

  return { initial, transitions, otherwise, ...(unreachable === undefined ? {} : { unreachable }) };
};
