export interface Point {
  x: number;
  y: number;
}

export interface NodeBox extends Point {
  status: string;
  /** Half the width and half the height of the node's box. */
  halfWidth: number;
  halfHeight: number;
  /** Unit vector from the circle's centre out through the node: where self-loops go. */
  outward: Point;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: Map<string, NodeBox>;
}

// Room around the nodes for self-loops and the initial marker, which reach out about 70 px.
const padding = 85;

/**
 * Statuses on a circle, the initial one on the left and the rest clockwise in the spec's order.
 * On a circle no node sits on the chord between two others, so straight-ish edges stay readable.
 */
export const layoutDiagram = (statuses: readonly string[], initial: string): DiagramLayout => {
  const start = Math.max(0, statuses.indexOf(initial));
  const ordered = [...statuses.slice(start), ...statuses.slice(0, start)];
  const radius = Math.max(150, 34 * ordered.length);
  const placed = ordered.map((status, index) => {
    const angle = Math.PI + (2 * Math.PI * index) / ordered.length;
    const outward = { x: Math.cos(angle), y: Math.sin(angle) };
    const halfWidth = Math.max(48, 4.6 * status.length + 16);
    return {
      status,
      x: radius * outward.x,
      y: radius * outward.y,
      halfWidth,
      halfHeight: 17,
      outward,
    };
  });

  const left = Math.min(...placed.map((box) => box.x - box.halfWidth)) - padding;
  const right = Math.max(...placed.map((box) => box.x + box.halfWidth)) + padding;
  const top = Math.min(...placed.map((box) => box.y - box.halfHeight)) - padding;
  const bottom = Math.max(...placed.map((box) => box.y + box.halfHeight)) + padding;
  const nodes = new Map(
    placed.map((box) => [box.status, { ...box, x: box.x - left, y: box.y - top }]),
  );
  return { width: Math.ceil(right - left), height: Math.ceil(bottom - top), nodes };
};
