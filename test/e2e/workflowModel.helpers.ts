import { createHttpClient } from '../../src/http';
import type { StepRecord } from '../../src/run/model/ModelState';
import {
  runWorkflowModel,
  type WorkflowRunOptions,
  type WorkflowRunResult,
} from '../../src/run/model/runWorkflowModel';
import { createSimulator, type FaultName } from '../../src/simulator';
import { findStatuses, loadWorkflow } from '../../src/workflow';
import { getSpec, strictWorkflow, token, userId } from './simulator.helpers';

/** The options every model run in these tests shares; a test overrides what it is about. */
export const modelRunOptions: WorkflowRunOptions = {
  seed: 42,
  numRuns: 100,
  maxCommands: 30,
  userId,
  componentId: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
  runTag: 'model-test',
  command: 'npm run contract --',
};

/**
 * Runs the workflow model (of `modelWorkflow`, the strict workflow unless given) against a fresh
 * simulator with the strict workflow and the given faults; the client's sockets and the simulator
 * are closed whatever the outcome.
 */
export const runModelAgainst = async (
  faults: readonly FaultName[],
  options: Partial<WorkflowRunOptions> = {},
  modelWorkflow = strictWorkflow,
): Promise<WorkflowRunResult> => {
  const spec = await getSpec();
  const workflow = loadWorkflow(strictWorkflow, findStatuses(spec));
  const model = loadWorkflow(modelWorkflow, findStatuses(spec));
  const simulator = createSimulator({ spec, workflow, token, faults });
  const { baseUrl } = await simulator.listen(0);
  const client = createHttpClient({ baseUrl });
  try {
    const context = { spec, target: { kind: 'simulator' as const, baseUrl, client, token } };
    return await runWorkflowModel(context, model, { ...modelRunOptions, ...options });
  } finally {
    client.close();
    await simulator.close();
  }
};

/** The steps of a counterexample that moved a status (the only PATCH the model sends). */
export const patchSteps = (steps: readonly StepRecord[]): StepRecord[] =>
  steps.filter((step) => step.request.method === 'PATCH');

/** The `FROM → TO` of a move step's command, e.g. `DRAFT → REVIEW`. */
export const moveOf = (step: StepRecord): string | undefined =>
  /: #\d+ (\S+ → \S+) by /.exec(step.command)?.[1];
