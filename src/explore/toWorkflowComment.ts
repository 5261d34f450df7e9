import { describeMove } from './describePair';
import type { ExploreReport } from './ExploreReport';

const listPairs = (report: ExploreReport, learnt: string): string[] => {
  const pairs = report.diff.pairs.filter((pair) => pair.learnt === learnt);
  return pairs.length === 0 ? [] : [`${learnt}: ${pairs.map(describeMove).join(', ')}`];
};

/** The header of a learnt workflow file: where, when and how it was learnt, and its gaps. */
export const toWorkflowComment = (report: ExploreReport): string => {
  const { learnt } = report;
  const when = report.startedAt.slice(0, 10);
  return [
    `Learnt by \`npm run explore\` on ${when}, run ${report.runTag}, from`,
    `  ${report.target.description}`,
    `${report.tries} tries a pair. Pairs whose tries all agreed are listed; flaky, anomalous and`,
    'untried pairs are left to `otherwise: unknown`.',
    ...listPairs(report, 'flaky'),
    ...listPairs(report, 'anomaly'),
    ...(learnt.unreachable.length === 0 ? [] : [`unreachable: ${learnt.unreachable.join(', ')}`]),
    ...(learnt.unexplored.length === 0 ? [] : [`not explored: ${learnt.unexplored.join(', ')}`]),
  ].join('\n');
};
