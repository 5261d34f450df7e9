import { diffWorkflows, type WorkflowDiff } from '../../../../src/explore/diffWorkflows';
import type { FakeAnswer } from './createFakeTarget';
import { answerAs, learnFrom, loadContract } from './learnFrom';

/** The diff of the strict workflow against a target that answers as it does, but for `changes`. */
export const diffStrictWith = async (
  changes: Record<string, FakeAnswer>,
): Promise<{ diff: WorkflowDiff; unreachable: string[] }> => {
  const strict = loadContract('strict');
  const learnt = await learnFrom(answerAs(strict, changes));
  return { diff: diffWorkflows(strict, learnt), unreachable: learnt.unreachable };
};
