import { escapeXml } from './escapeXml';
import { edgeKinds, edgeStyles, type DiagramEdge, type EdgeKind } from './findDiagramEdges';
import type { DiagramLayout, NodeBox, Point } from './layoutDiagram';

const round = (value: number): string => value.toFixed(1);

const unit = (from: Point, to: Point): Point => {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
};

const rotate = (v: Point, radians: number): Point => ({
  x: v.x * Math.cos(radians) - v.y * Math.sin(radians),
  y: v.x * Math.sin(radians) + v.y * Math.cos(radians),
});

/** Where a ray from the box's centre in direction `direction` leaves the box, plus a gap. */
const exitPoint = (box: NodeBox, direction: Point, gap = 3): Point => {
  const t = Math.min(
    direction.x === 0 ? Infinity : box.halfWidth / Math.abs(direction.x),
    direction.y === 0 ? Infinity : box.halfHeight / Math.abs(direction.y),
  );
  return { x: box.x + direction.x * (t + gap), y: box.y + direction.y * (t + gap) };
};

/** A curve bending to its right, so a → b and b → a run side by side instead of on top. */
const toCurve = (from: NodeBox, to: NodeBox): string => {
  const along = unit(from, to);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const bend = 0.16 * length;
  const control = {
    x: (from.x + to.x) / 2 - along.y * bend,
    y: (from.y + to.y) / 2 + along.x * bend,
  };
  const start = exitPoint(from, unit(from, control));
  const end = exitPoint(to, unit(to, control), 5);
  return `M${round(start.x)},${round(start.y)} Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`;
};

/** A loop outside the circle, for a same-status move. */
const toLoop = (box: NodeBox): string => {
  const [startDir, endDir] = [rotate(box.outward, -0.45), rotate(box.outward, 0.45)];
  const start = exitPoint(box, startDir);
  const end = exitPoint(box, endDir, 5);
  const reach = Math.max(box.halfWidth, box.halfHeight) + 60;
  const c1 = {
    x: box.x + rotate(box.outward, -0.6).x * reach,
    y: box.y + rotate(box.outward, -0.6).y * reach,
  };
  const c2 = {
    x: box.x + rotate(box.outward, 0.6).x * reach,
    y: box.y + rotate(box.outward, 0.6).y * reach,
  };
  return `M${round(start.x)},${round(start.y)} C${round(c1.x)},${round(c1.y)} ${round(c2.x)},${round(c2.y)} ${round(end.x)},${round(end.y)}`;
};

const toMarker = (kind: EdgeKind): string =>
  `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" ` +
  `markerWidth="11" markerHeight="11" orient="auto"><path d="M0,0 L10,5 L0,10 z" ` +
  `fill="${edgeStyles[kind].color}"/></marker>`;

const toEdge = (layout: DiagramLayout, edge: DiagramEdge): string => {
  const from = layout.nodes.get(edge.from);
  const to = layout.nodes.get(edge.to);
  if (from === undefined || to === undefined) return '';
  const style = edgeStyles[edge.kind];
  const dash = style.dash === undefined ? '' : ` stroke-dasharray="${style.dash}"`;
  const d = edge.from === edge.to ? toLoop(from) : toCurve(from, to);
  return (
    `<path class="edge edge-${edge.kind}" data-from="${escapeXml(edge.from)}" ` +
    `data-to="${escapeXml(edge.to)}" d="${d}" fill="none" stroke="${style.color}" ` +
    `stroke-width="${style.width}"${dash} marker-end="url(#arrow-${edge.kind})">` +
    `<title>${escapeXml(edge.title)}</title></path>`
  );
};

const toNode = (box: NodeBox, reached: boolean): string => {
  const look = reached
    ? 'fill="#ffffff" stroke="#37474f"'
    : 'fill="#f2f2f2" stroke="#9e9e9e" stroke-dasharray="4 3"';
  const title = reached ? box.status : `${box.status}: not reached from the initial status`;
  return (
    `<g class="node${reached ? '' : ' unreachable'}" data-status="${escapeXml(box.status)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="${round(box.x - box.halfWidth)}" y="${round(box.y - box.halfHeight)}" ` +
    `width="${round(2 * box.halfWidth)}" height="${round(2 * box.halfHeight)}" rx="${box.halfHeight}" ${look} stroke-width="1.5"/>` +
    `<text x="${round(box.x)}" y="${round(box.y + 5)}" text-anchor="middle" ` +
    `fill="${reached ? '#263238' : '#757575'}">${escapeXml(box.status)}</text></g>`
  );
};

/** The initial marker of a state diagram: a dot with an arrow into the initial status. */
const toStart = (box: NodeBox): string => {
  // Off the outward axis, which a self-loop of the initial status takes.
  const direction = rotate(box.outward, -1.2);
  const tip = exitPoint(box, direction, 5);
  const dot = { x: tip.x + direction.x * 34, y: tip.y + direction.y * 34 };
  return (
    `<g class="start"><circle cx="${round(dot.x)}" cy="${round(dot.y)}" r="6" fill="#263238"/>` +
    `<line x1="${round(dot.x)}" y1="${round(dot.y)}" x2="${round(tip.x)}" y2="${round(tip.y)}" ` +
    `stroke="#263238" stroke-width="1.5" marker-end="url(#arrow-start)"/></g>`
  );
};

/**
 * The state diagram as inline SVG, drawn here so the page needs no script and no network:
 * statuses on a circle, one curved edge per drawn move, styled by how it compares.
 */
export const toDiagramSvg = (
  layout: DiagramLayout,
  edges: readonly DiagramEdge[],
  initial: string,
  unreachable: readonly string[],
): string => {
  const markers = [
    ...edgeKinds.map(toMarker),
    toMarker('agreed')
      .replace('arrow-agreed', 'arrow-start')
      .replace(/#2e7d32/g, '#263238'),
  ];
  const nodes = [...layout.nodes.values()];
  const start = layout.nodes.get(initial);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 ${layout.width} ${layout.height}" ` +
      `width="${layout.width}" height="${layout.height}" font-family="system-ui, sans-serif" font-size="14" ` +
      `role="img" aria-label="state diagram of the learnt transition table">`,
    `<defs>${markers.join('')}</defs>`,
    ...edges.map((edge) => toEdge(layout, edge)),
    ...nodes.map((box) => toNode(box, !unreachable.includes(box.status))),
    start === undefined ? '' : toStart(start),
    '</svg>',
  ].join('\n');
};
