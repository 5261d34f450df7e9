import { toDidYouMean } from './findClosest';
import { readScalar, showValue } from './readScalar';
import type { WorkflowSource } from './readWorkflowSource';

/** The status written at `node` (a key or a value), or a HarnessError naming the entry. */
export const readStatus = (
  source: WorkflowSource,
  node: unknown,
  entry: string,
  statuses: readonly string[],
): string => {
  const text = readScalar(node);
  if (text !== undefined && statuses.includes(text)) return text;

  throw source.fail(
    'WORKFLOW_UNKNOWN_STATUS',
    node,
    entry,
    `${showValue(node)} is not a status of the spec (${statuses.join(', ')})`,
    `Write one of the spec's statuses${toDidYouMean(text ?? '', statuses)}; they are case-sensitive.`,
  );
};
