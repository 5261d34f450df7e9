import type { WorkflowDiff } from './diffWorkflows';
import { edgeStyles, findDiagramEdges, type EdgeKind } from './findDiagramEdges';

const arrows: Record<EdgeKind, string> = {
  agreed: '-->',
  learnt: '-->',
  'unexpected-accept': '==>',
  'unexpected-reject': '-.->',
  flaky: '-.->',
  anomaly: '-.->',
  untested: '-.->',
};

// Mermaid reads `"` as the end of a label; it spells the character as an entity.
const quote = (text: string): string => `"${text.replace(/"/g, '#quot;')}"`;

const toLinkStyle = (index: number, kind: EdgeKind): string => {
  const style = edgeStyles[kind];
  const dash = style.dash === undefined ? '' : `,stroke-dasharray:${style.dash}`;
  return `  linkStyle ${index} stroke:${style.color},stroke-width:${style.width}px${dash}`;
};

/**
 * The state diagram as Mermaid text, to paste where Mermaid renders (GitHub, GitLab). It is a
 * flowchart rather than a stateDiagram: only flowcharts let each edge carry its own colour.
 */
export const toMermaid = (diff: WorkflowDiff, unreachable: readonly string[]): string => {
  const statuses = [...new Set(diff.pairs.map((pair) => pair.from))];
  const id = (status: string) => `s${statuses.indexOf(status)}`;
  const edges = findDiagramEdges(diff);

  const lines = [
    'flowchart LR',
    `  %% learnt table compared with ${diff.declaredPath}`,
    '  start((" ")) --> ' + id(diff.initial.learnt),
    ...statuses.map((status) => `  ${id(status)}([${quote(status)}])`),
    ...edges.map((edge) => {
      const label = edge.kind === 'agreed' ? '' : `|${quote(edgeStyles[edge.kind].label)}|`;
      return `  ${id(edge.from)} ${arrows[edge.kind]}${label} ${id(edge.to)}`;
    }),
    '  style start fill:#222,stroke:#222',
    ...edges.map((edge, index) => toLinkStyle(index + 1, edge.kind)),
  ];
  if (unreachable.length > 0) {
    lines.push('  classDef unreachable fill:#f2f2f2,stroke:#999,stroke-dasharray:4 3,color:#777');
    lines.push(`  class ${unreachable.map(id).join(',')} unreachable`);
  }
  return `${lines.join('\n')}\n`;
};
