import { agreementLabels, describeMove, describeTries } from './describePair';
import { differenceKinds, type WorkflowDiff } from './diffWorkflows';
import { escapeXml } from './escapeXml';
import { edgeKinds, edgeStyles, findDiagramEdges } from './findDiagramEdges';
import { layoutDiagram } from './layoutDiagram';
import { toDiagramSvg } from './toDiagramSvg';
import { matrixCss, toMatrixHtml } from './toMatrixHtml';

export interface DiagramPage {
  /** What was explored, e.g. `http://127.0.0.1:4020` or `the embedded simulator`. */
  target: string;
  summaryLine: string;
  diff: WorkflowDiff;
  unreachable: readonly string[];
  mermaid: string;
}

// The page must open with no network: nothing may be fetched, which the policy also enforces.
const policy = "default-src 'none'; style-src 'unsafe-inline'";

const css = `
body { font-family: system-ui, sans-serif; margin: 2em; color: #263238; max-width: 1100px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
.verdict { font-family: ui-monospace, monospace; background: #eceff1; padding: 0.6em; }
ul.legend { list-style: none; padding: 0; columns: 2; }
ul.legend li { margin: 2px 0; } ul.legend svg { vertical-align: middle; margin-right: 6px; }
pre { background: #f5f5f5; padding: 1em; overflow-x: auto; }
${matrixCss}`;

const toLegend = (): string =>
  edgeKinds
    .map((kind) => {
      const style = edgeStyles[kind];
      const dash = style.dash === undefined ? '' : ` stroke-dasharray="${style.dash}"`;
      const sample =
        `<svg width="48" height="10" aria-hidden="true"><line x1="2" y1="5" x2="46" y2="5" ` +
        `stroke="${style.color}" stroke-width="${style.width}"${dash}/></svg>`;
      return `<li>${sample}${escapeXml(style.label)}</li>`;
    })
    .join('\n');

const toDifferences = (diff: WorkflowDiff): string => {
  const items = differenceKinds.flatMap((kind) =>
    diff.differences
      .filter((pair) => pair.agreement === kind)
      .map(
        (pair) =>
          `<li><strong>${escapeXml(describeMove(pair))}</strong>: ${escapeXml(agreementLabels[kind])} ` +
          `(${escapeXml(describeTries(pair))})</li>`,
      ),
  );
  if (diff.initial.declared !== diff.initial.learnt) {
    items.unshift(
      `<li><strong>initial status</strong>: declared ${escapeXml(diff.initial.declared)}, ` +
        `created work orders are in ${escapeXml(diff.initial.learnt)}</li>`,
    );
  }
  return items.length === 0 ? '<p>None.</p>' : `<ul class="differences">${items.join('\n')}</ul>`;
};

/** A self-contained page: the diagram as inline SVG, the pair grid, the differences, Mermaid. */
export const toDiagramHtml = (page: DiagramPage): string => {
  const { diff } = page;
  const layout = layoutDiagram(
    [...new Set(diff.pairs.map((pair) => pair.from))],
    diff.initial.learnt,
  );
  const svg = toDiagramSvg(layout, findDiagramEdges(diff), diff.initial.learnt, page.unreachable);
  const title = `explore: ${page.target}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeXml(title)}</title>
<style>${css}</style>
</head>
<body>
<h1>Learnt transition table of ${escapeXml(page.target)}</h1>
<p>Compared with the declared workflow <code>${escapeXml(diff.declaredPath)}</code>. Moves rejected on both sides are not drawn; hover an edge or a cell for its tries.</p>
<p class="verdict">${escapeXml(page.summaryLine)}</p>
<ul class="legend">
${toLegend()}
</ul>
${svg}
<h2>Differences from the declared workflow</h2>
${toDifferences(diff)}
<h2>Every pair</h2>
${toMatrixHtml(diff)}
<h2>Mermaid</h2>
<details><summary>source</summary><pre>${escapeXml(page.mermaid)}</pre></details>
</body>
</html>
`;
};
