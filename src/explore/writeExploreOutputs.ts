import { isHarnessError } from '../core/HarnessError';
import { loadWorkflow, toWorkflowYaml } from '../workflow';
import type { ExploreReport } from './ExploreReport';
import type { PairResult } from './PairResult';
import { renderExploreSummary, renderVerdictLine } from './renderExploreSummary';
import { toDiagramHtml } from './toDiagramHtml';
import { toLearntTable } from './toLearntTable';
import { toMermaid } from './toMermaid';
import { toWorkflowComment } from './toWorkflowComment';
import { writeExploreFiles, type ExploreFiles } from './writeExploreFiles';

/** Why the written file would not load as a --workflow, if it would not. */
const findLoadProblem = (path: string, statuses: readonly string[]): string | undefined => {
  try {
    loadWorkflow(path, statuses);
    return undefined;
  } catch (error) {
    if (!isHarnessError(error)) throw error;
    return `the learnt file does not load as a --workflow yet: ${error.message}`;
  }
};

/**
 * Writes the learnt workflow file, checks that it loads, then writes the summary, the JSON
 * report, the Mermaid text and the HTML page. Returns the report as written.
 */
export const writeExploreOutputs = (
  report: ExploreReport,
  pairs: readonly PairResult[],
  files: ExploreFiles,
  redact: (text: string) => string,
): ExploreReport => {
  const table = toLearntTable({
    initial: report.learnt.initial,
    pairs,
    unreachable: report.learnt.unreachable,
  });
  const workflow = toWorkflowYaml(table, toWorkflowComment(report));
  writeExploreFiles(files, { workflow }, redact);

  const unloadable = findLoadProblem(files.workflow, report.learnt.statuses);
  const written: ExploreReport = { ...report, ...(unloadable === undefined ? {} : { unloadable }) };
  const mermaid = toMermaid(written.diff, written.learnt.unreachable);
  const summaryLine = renderVerdictLine(written);
  const html = toDiagramHtml({
    target: written.target.description,
    summaryLine,
    diff: written.diff,
    unreachable: written.learnt.unreachable,
    mermaid,
  });
  writeExploreFiles(
    files,
    {
      summary: `${renderExploreSummary(written)}\n\n${summaryLine}\n`,
      json: `${JSON.stringify(written, null, 2)}\n`,
      mermaid,
      html,
    },
    redact,
  );
  return written;
};
