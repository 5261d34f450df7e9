import { findUntriedDeclared, type CoverageReport } from '../run/CoverageReport';

const verdictMark = { allowed: 'A', rejected: 'R', unknown: '?' } as const;

const cell = (pair: CoverageReport['pairs'][number]): string => {
  if (pair.tried === 0) return `${verdictMark[pair.verdict]} ·`;
  const codes = Object.entries(pair.codes)
    .sort(([, a], [, b]) => b - a)
    .map(([code]) => code)
    .join('/');
  return `${verdictMark[pair.verdict]} ${pair.tried}×${codes}`;
};

/**
 * The 6 × 6 transition matrix: rows are the status before the move, columns the status asked
 * for; each cell gives the verdict (A allowed, R rejected, ? unknown), moves tried and codes seen.
 */
export const renderCoverage = (coverage: CoverageReport): string[] => {
  const width = Math.max(...coverage.pairs.map((pair) => cell(pair).length), 10) + 1;
  const first = Math.max(...coverage.statuses.map((status) => status.length)) + 2;
  const header = ' '.repeat(first) + coverage.statuses.map((to) => to.padEnd(width)).join('');
  const rows = coverage.statuses.map((from) => {
    const cells = coverage.statuses.map((to) => {
      const pair = coverage.pairs.find((entry) => entry.from === from && entry.to === to);
      return (pair === undefined ? '' : cell(pair)).padEnd(width);
    });
    return `${from.padEnd(first)}${cells.join('')}`.trimEnd();
  });

  const tried = coverage.pairs.filter((pair) => pair.tried > 0).length;
  const untried = findUntriedDeclared(coverage).map((pair) => `${pair.from} → ${pair.to}`);
  return [
    `Transition coverage on ${coverage.target} (${coverage.workflowPath}): ${tried} of ${coverage.pairs.length} pairs tried`,
    `  from \\ to (A allowed, R rejected, ? unknown; tried×codes)`,
    ...[header, ...rows].map((line) => `  ${line}`),
    ...(untried.length === 0 ? [] : [`  declared but never tried: ${untried.join(', ')}`]),
  ];
};
