import fc from 'fast-check';
import type { Finding } from '../../core/finding';
import { HarnessError } from '../../core/HarnessError';
import { SECRET_VARIABLE, toCurl } from '../../http';
import type { Workflow } from '../../workflow';
import { createReplayGuard } from '../createReplayGuard';
import { toReplayError } from '../toReplayError';
import { deriveSeed } from '../deriveSeed';
import { isSafetyError } from '../guard/SafetyError';
import { describeError } from '../describeError';
import type { PropertyResult } from '../PropertyResult';
import type { RunContext } from '../Target';
import { StepFailure, type StepRecord, type WorkflowModel, type WorkflowReal } from './ModelState';
import { createTransitionCoverage, type PairObservation } from './TransitionCoverage';
import { workflowCommandsArb } from './workflowCommandsArb';

export const workflowPropertyName = 'workflow.model';

export interface WorkflowRunOptions {
  seed: number;
  numRuns: number;
  maxCommands: number;
  userId: string;
  componentId: string;
  runTag: string;
  /** The harness's command line, for the replay line (`npm run contract --`). */
  command: string;
  path?: string;
  replayPath?: string;
  /** Whether another work order may be created (a live run's budget); always by default. */
  canCreate?: () => boolean;
}

export interface WorkflowRunResult {
  property: PropertyResult;
  coverage: PairObservation[];
}

// fast-check writes the replay path of a command sequence into its printed form.
const readReplayPath = (printed: string): string | undefined =>
  /replayPath="([^"]*)"/.exec(printed)?.[1];

const toReplay = (options: WorkflowRunOptions, path: string, replayPath: string | undefined) =>
  `${options.command} --seed ${options.seed} --property ${workflowPropertyName} --path ${path}` +
  (replayPath === undefined ? '' : ` --replay-path '${replayPath}'`);

/** The model-based property: sequences of creates, moves and reads against a stateful target. */
export const runWorkflowModel = async (
  context: RunContext,
  workflow: Workflow,
  options: WorkflowRunOptions,
): Promise<WorkflowRunResult> => {
  if (options.path !== undefined && options.replayPath === undefined) {
    throw new HarnessError(
      'USAGE',
      `--path ${options.path} replays a ${workflowPropertyName} sequence only with its --replay-path`,
      'Copy the whole replay line printed with the failure: it carries --replay-path.',
    );
  }
  const started = performance.now();
  const coverage = createTransitionCoverage(workflow.statuses);
  let requests = 0;
  let lastFailure: { steps: StepRecord[]; findings: Finding[] } | undefined;

  let stopped: string | undefined;
  const guard = createReplayGuard(options.path, workflowPropertyName);
  const property = fc.asyncProperty(workflowCommandsArb(options), async (commands) => {
    guard.enter();
    // Once the safety envelope has refused a request, the remaining runs are not started.
    if (stopped !== undefined) return true;
    const real: WorkflowReal = { context, ...options, steps: [], coverage };
    const canCreate = options.canCreate ?? (() => true);
    const setup = () => ({ model: { workflow, orders: [], canCreate } as WorkflowModel, real });
    try {
      await fc.asyncModelRun(setup, commands);
      return true;
    } catch (error) {
      if (isSafetyError(error)) {
        stopped = error.message;
        return true;
      }
      if (!(error instanceof StepFailure)) throw error;
      lastFailure = { steps: real.steps, findings: error.findings };
      return false;
    } finally {
      requests += real.steps.length;
    }
  });
  const replay = options.path === undefined ? {} : { path: options.path, endOnFailure: true };
  const seed = deriveSeed(options.seed, workflowPropertyName);
  const details = await fc
    .check(property, { seed, numRuns: options.numRuns, ...replay })
    .catch((error: unknown) => {
      throw toReplayError(error, options.path ?? '', workflowPropertyName);
    });
  guard.checkReplayed();

  const failed = details.failed && !guard.ended(details.errorInstance);
  const failure = failed ? lastFailure : undefined;
  const replayPath = readReplayPath(fc.stringify(details.counterexample?.[0] ?? ''));
  const secret = `$${SECRET_VARIABLE}`;
  return {
    coverage: coverage.observations(),
    property: {
      name: workflowPropertyName,
      target: context.target.kind,
      title: `status moves follow ${workflow.path}, and persist`,
      operationId: 'workflow',
      passed: !failed,
      numRuns: options.path === undefined ? details.numRuns : 1,
      numShrinks: details.numShrinks,
      requests,
      seed: options.seed,
      ...(!failed || details.counterexamplePath === null
        ? {}
        : { path: details.counterexamplePath }),
      ...(failure === undefined
        ? {}
        : {
            counterexample: {
              label: `a sequence of ${failure.steps.length} requests`,
              steps: failure.steps,
              curl: failure.steps.map((step) =>
                toCurl(step.request, context.target.baseUrl, { secret }),
              ),
              replay: toReplay(options, details.counterexamplePath ?? '', replayPath),
            },
          }),
      findings: failure?.findings ?? [],
      warnings: [],
      deviations: {},
      ...(failed && failure === undefined
        ? { error: describeError(details.errorInstance, 'the sequence failed without a finding') }
        : {}),
      ...(stopped === undefined ? {} : { stopped }),
      durationMs: Math.round(performance.now() - started),
    },
  };
};
