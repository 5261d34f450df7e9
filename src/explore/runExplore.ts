import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { prepareFolder } from '../core/prepareFolder';
import { createHttpClient } from '../http';
import { createEnvelope } from '../run/guard/createEnvelope';
import { createPathIdFinder } from '../run/guard/findPathId';
import { listCreatedOnInterrupt } from '../run/guard/listCreatedOnInterrupt';
import { loadSpec } from '../spec/loadSpec';
import type { SpecModel } from '../spec/SpecModel';
import { findStatuses, loadWorkflow } from '../workflow';
import { createRedactor } from './createRedactor';
import { createSender } from './createSender';
import { createWorkOrderRequests } from './createWorkOrderRequests';
import { diffWorkflows } from './diffWorkflows';
import type { ExploreEvent } from './ExploreEvent';
import type { ExploreOptions } from './ExploreOptions';
import type { ExploreReport } from './ExploreReport';
import { learnTable } from './learnTable';
import { renderExploreSummary, renderVerdictLine } from './renderExploreSummary';
import { renderPlan } from './renderPlan';
import { renderProgress } from './renderProgress';
import {
  describeTarget,
  checkTargetOptions,
  startExploreTarget,
  toTargetKind,
  type ExploreTarget,
} from './startExploreTarget';
import { findExploreFiles } from './writeExploreFiles';
import { writeExploreOutputs } from './writeExploreOutputs';

export interface ExploreOutput {
  /** Progress while the run goes; the terminal's stderr. */
  progress(line: string): void;
  /** The plan, the summary and the verdict line; stdout. */
  print(line: string): void;
}

/** Sends every request of the run through the safety envelope, and learns the table. */
const learnOn = async (
  target: ExploreTarget,
  input: { options: ExploreOptions; spec: SpecModel; runTag: string; output: ExploreOutput },
  onEvent: (event: ExploreEvent) => void,
) => {
  const { options, spec, runTag, output } = input;
  const client = createHttpClient({ baseUrl: target.baseUrl, timeoutMs: options.timeoutMs });
  let stopListening = () => {};
  try {
    const requests = createWorkOrderRequests(spec, target.token, options, runTag);
    // Every changing request goes to a work order this run created; no other id is let through.
    const envelope = createEnvelope(client, {
      ...options,
      findPathId: createPathIdFinder(spec),
      isUnknownId: () => false,
      createPath: requests.createPath,
    });
    stopListening = listCreatedOnInterrupt(
      runTag,
      () => envelope.created(),
      (text) => output.progress(text),
    );
    const sender = createSender(envelope, target.baseUrl, options.maxRequests);
    const statuses = findStatuses(spec);
    const learnt = await learnTable(sender, requests, { ...options, statuses, runTag, onEvent });
    return { learnt, created: envelope.created() };
  } finally {
    stopListening();
    client.close();
  }
};

/**
 * `npm run explore`: learns the target's transition table and compares it with the declared
 * workflow. Resolves to the exit code: 0 it matches, 1 it differs or a budget ran out. Input
 * that stops the run (a bad flag, spec or workflow, an unreachable target) is a HarnessError.
 */
export const runExplore = async (
  options: ExploreOptions,
  output: ExploreOutput,
): Promise<number> => {
  const started = Date.now();
  toTargetKind(options.target);
  const spec = await loadSpec(options.specPath);
  const declared = loadWorkflow(options.workflowPath, findStatuses(spec));
  checkTargetOptions(options, declared.statuses);
  const runTag = `explore-${randomBytes(3).toString('hex')}`;
  const files = findExploreFiles(options.reportDir, options.out);
  if (options.dryRun) {
    output.print(renderPlan({ options, spec, declared, workflowOut: files.workflow, runTag }));
    return 0;
  }
  prepareFolder(options.reportDir, '--report-dir');
  prepareFolder(dirname(files.workflow), '--out');

  const target = await startExploreTarget(options, spec);
  const redact = createRedactor(target.token);
  const onEvent = (event: ExploreEvent) => output.progress(redact(renderProgress(event, declared)));
  const { learnt, created } = await learnOn(
    target,
    { options, spec, runTag, output },
    onEvent,
  ).finally(() => target.stop());

  const { pairs, ...rest } = learnt;
  const report: ExploreReport = {
    command: 'explore',
    target: { kind: target.kind, description: describeTarget(options), baseUrl: target.baseUrl },
    specPath: options.specPath,
    runTag,
    tries: options.tries,
    budgets: { '--max-requests': options.maxRequests, '--max-orders': options.maxOrders },
    created,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    learnt: rest,
    diff: diffWorkflows(declared, learnt),
  };
  const written = writeExploreOutputs(report, pairs, files, redact);

  output.print(redact(renderExploreSummary(written)));
  output.print(`\nfiles: ${Object.values(files).join(', ')}`);
  output.print(redact(renderVerdictLine(written)));
  return written.diff.matches ? 0 : 1;
};
