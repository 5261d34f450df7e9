import { agreementLabels, describeTries } from './describePair';
import type { Agreement, PairComparison, WorkflowDiff } from './diffWorkflows';
import { escapeXml } from './escapeXml';
import type { LearntVerdict } from './PairResult';

const marks: Record<LearntVerdict, string> = {
  allowed: '✓',
  rejected: '✗',
  flaky: '~',
  anomaly: '!',
  untried: '·',
};

/** Cell colours by agreement; the same hues as the diagram's edges. */
export const matrixCss = `
table.matrix { border-collapse: collapse; margin: 1em 0; }
.matrix th, .matrix td { border: 1px solid #cfd8dc; padding: 4px 8px; text-align: center; }
.matrix td small { display: block; color: #546e7a; font-size: 11px; }
.matrix td.agree { background: #f1f8e9; }
.matrix td.declared-allowed-rejected, .matrix td.declared-rejected-accepted,
.matrix td.declared-unreachable-reached { background: #ffcdd2; }
.matrix td.unknown-learnt { background: #e3f2fd; }
.matrix td.flaky { background: #ffe0b2; }
.matrix td.anomaly { background: #e1bee7; }
.matrix td.untried { background: #eceff1; color: #90a4ae; }
`;

const toCell = (pair: PairComparison | undefined): string => {
  if (pair === undefined) return '<td></td>';
  const agreement: Agreement = pair.agreement;
  const title = `${pair.from} → ${pair.to}: ${pair.learnt}, declared ${pair.declared}; ${agreementLabels[agreement]} (${describeTries(pair)})`;
  return (
    `<td class="${agreement}" title="${escapeXml(title)}">${marks[pair.learnt]} ${pair.learnt}` +
    `<small>declared ${pair.declared}</small></td>`
  );
};

/** Every pair as a from × to grid: the learnt verdict, the declared one, coloured by agreement. */
export const toMatrixHtml = (diff: WorkflowDiff): string => {
  const statuses = [...new Set(diff.pairs.map((pair) => pair.from))];
  const find = (from: string, to: string) =>
    diff.pairs.find((pair) => pair.from === from && pair.to === to);
  const head = statuses.map((status) => `<th scope="col">${escapeXml(status)}</th>`).join('');
  const rows = statuses.map(
    (from) =>
      `<tr><th scope="row">${escapeXml(from)}</th>` +
      `${statuses.map((to) => toCell(find(from, to))).join('')}</tr>`,
  );
  return [
    '<table class="matrix">',
    `<thead><tr><th>from \\ to</th>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
};
