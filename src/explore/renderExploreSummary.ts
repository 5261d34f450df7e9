import { agreementLabels, describeMove, describeTries } from './describePair';
import { differenceKinds, type PairComparison } from './diffWorkflows';
import type { ExploreReport } from './ExploreReport';
import type { LearntVerdict } from './PairResult';

const learntKinds: readonly LearntVerdict[] = [
  'allowed',
  'rejected',
  'flaky',
  'anomaly',
  'untried',
];

const listOr = (items: readonly string[], none = 'none'): string =>
  items.length === 0 ? none : items.join(', ');

const orNone = (lines: string[]): string[] => (lines.length === 0 ? ['  none'] : lines);

const renderPairs = (title: string, pairs: readonly PairComparison[]): string[] => {
  if (pairs.length === 0) return [];
  const width = Math.max(...pairs.map((pair) => describeMove(pair).length));
  return [
    `  ${title} (${pairs.length}):`,
    ...pairs.map((pair) => `    ${describeMove(pair).padEnd(width)}  ${describeTries(pair)}`),
  ];
};

// Verdicts are adjectives and stay as they are; these two are nouns.
const plurals: Partial<Record<string, string>> = {
  anomaly: 'anomalies',
  difference: 'differences',
};

const count = (n: number, noun: string): string =>
  `${n} ${n === 1 ? noun : (plurals[noun] ?? noun)}`;

/** `1 declared rejected but accepted (A → B), 5 anomalies (…)`: each kind, its first pairs. */
const describeDifferences = (report: ExploreReport): string => {
  const { differences, initial } = report.diff;
  const moved = initial.declared === initial.learnt ? [] : [`created in ${initial.learnt}`];
  const kinds = differenceKinds.flatMap((kind) => {
    const pairs = differences.filter((pair) => pair.agreement === kind);
    if (pairs.length === 0) return [];
    const shown = pairs.slice(0, 2).map(describeMove).join(', ');
    return [
      `${count(pairs.length, agreementLabels[kind])} (${shown}${pairs.length > 2 ? ', …' : ''})`,
    ];
  });
  return [...moved, ...kinds].join(', ');
};

/** The last line of a run: verdict, what differs, counts, time and the run tag. */
export const renderVerdictLine = (report: ExploreReport): string => {
  const { diff, learnt } = report;
  const statuses = learnt.statuses.length;
  const counts =
    `${statuses ** 2} pairs × ${report.tries} tries, ${learnt.reached.length} of ${statuses} ` +
    `statuses reached, ${learnt.requests} requests, ${(report.durationMs / 1000).toFixed(1)} s, ` +
    `run ${report.runTag}`;
  if (learnt.stoppedBy !== undefined) {
    const tried = diff.pairs.filter((pair) => pair.tries.length > 0).length;
    const budget = report.budgets[learnt.stoppedBy];
    return `INCOMPLETE explore: stopped at ${learnt.stoppedBy} ${budget} with ${tried} pairs tried; ${counts}`;
  }
  if (diff.matches)
    return `MATCH explore: the target behaves as ${diff.declaredPath} declares; ${counts}`;
  const total = diff.differences.length + (diff.initial.declared === diff.initial.learnt ? 0 : 1);
  return `DIFFER explore: ${count(total, 'difference')} from ${diff.declaredPath}: ${describeDifferences(report)}; ${counts}`;
};

/** The human summary: what was reached, the differences by kind, what was newly learnt. */
export const renderExploreSummary = (report: ExploreReport): string => {
  const { diff, learnt } = report;
  const tally = learntKinds
    .map((kind) => count(diff.pairs.filter((pair) => pair.learnt === kind).length, kind))
    .join(', ');
  const byKind = (kind: string) => diff.pairs.filter((pair) => pair.agreement === kind);

  const { description, baseUrl, kind } = report.target;
  const lines = [
    description === baseUrl ? `explore: ${baseUrl}` : `explore: ${description} at ${baseUrl}`,
    ...(kind === 'prism-mock'
      ? ["Prism's mock keeps no state: it answers every valid move 200 and changes nothing."]
      : []),
    `declared ${diff.declaredPath}; ${report.tries} tries a pair; run tag ${report.runTag}`,
    '',
    `initial status: ${learnt.initial} (declared ${diff.initial.declared})`,
    `reached: ${listOr(learnt.reached)}`,
    `unreachable: ${listOr(learnt.unreachable)}`,
    ...(learnt.unexplored.length === 0 ? [] : [`not explored: ${listOr(learnt.unexplored)}`]),
    `learnt: ${tally}`,
    '',
    `Differences from the declared workflow (${diff.differences.length}):`,
    ...orNone(differenceKinds.flatMap((kind) => renderPairs(agreementLabels[kind], byKind(kind)))),
    '',
    `Declared unknown, now learnt (${byKind('unknown-learnt').length}):`,
    ...orNone(
      (['allowed', 'rejected'] as const).flatMap((verdict) =>
        renderPairs(
          verdict,
          byKind('unknown-learnt').filter((pair) => pair.learnt === verdict),
        ),
      ),
    ),
  ];
  if (report.unloadable !== undefined) lines.push('', `warning: ${report.unloadable}`);
  return lines.join('\n');
};
