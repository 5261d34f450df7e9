import { join } from 'node:path';
import { learnTable, type LearnResult } from '../../../../src/explore/learnTable';
import { loadWorkflow, type Workflow } from '../../../../src/workflow';
import { createFakeTarget, type FakeAnswer } from './createFakeTarget';

export const statuses = ['DRAFT', 'REVIEW', 'PRODUCTION', 'COMPLETE', 'CANCELED', 'ARCHIVED'];

const contracts = join(__dirname, '..', '..', '..', '..', 'contracts');

export const loadContract = (name: 'strict' | 'default'): Workflow =>
  loadWorkflow(join(contracts, `workflow.${name}.yaml`), statuses);

/** A target answering as `workflow` does, unknown moves refused, with `changes` on top. */
export const answerAs =
  (workflow: Workflow, changes: Record<string, FakeAnswer> = {}) =>
  (from: string, to: string): FakeAnswer =>
    changes[`${from}>${to}`] ?? (workflow.verdict(from, to) === 'allowed' ? 'allowed' : 'rejected');

/** What explore learns from a fake target answering as `answer` says. */
export const learnFrom = (
  answer: (from: string, to: string) => FakeAnswer,
  initial = 'DRAFT',
): Promise<LearnResult> => {
  const target = createFakeTarget(initial, answer);
  return learnTable(target.sender, target.requests, { statuses, tries: 2, runTag: 'explore-test' });
};
