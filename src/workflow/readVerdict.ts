import { toDidYouMean } from './findClosest';
import { readScalar, showValue } from './readScalar';
import type { WorkflowSource } from './readWorkflowSource';
import { isVerdict, verdicts, type Verdict } from './Workflow';

const meanings =
  'allowed (expect 200, the status changes), rejected (expect 400, the status stays) or unknown ' +
  '(any documented answer; the outcome is recorded)';

/** The verdict written at `node`, or a HarnessError naming the entry. */
export const readVerdict = (source: WorkflowSource, node: unknown, entry: string): Verdict => {
  const text = readScalar(node);
  if (isVerdict(text)) return text;

  throw source.fail(
    'WORKFLOW_BAD_VERDICT',
    node,
    entry,
    `${showValue(node)} is not a verdict (${verdicts.join(', ')})`,
    `Write ${meanings}${toDidYouMean(text ?? '', verdicts)}.`,
  );
};
