import { findDiagramEdges } from '../../../src/explore/findDiagramEdges';
import { layoutDiagram } from '../../../src/explore/layoutDiagram';
import { toDiagramHtml } from '../../../src/explore/toDiagramHtml';
import { toDiagramSvg } from '../../../src/explore/toDiagramSvg';
import { diffStrictWith } from './support/diffOf';
import { statuses } from './support/learnFrom';

const pageFor = async (changes: Parameters<typeof diffStrictWith>[0]) => {
  const { diff, unreachable } = await diffStrictWith(changes);
  return toDiagramHtml({
    target: 'a <test> target',
    summaryLine: 'DIFFER',
    diff,
    unreachable,
    mermaid: 'flowchart LR\n',
  });
};

describe('toDiagramSvg', () => {
  it('draws one path per edge, styled by how it compares, and every status', async () => {
    const { diff, unreachable } = await diffStrictWith({ 'REVIEW>COMPLETE': 'allowed' });
    const edges = findDiagramEdges(diff);

    const svg = toDiagramSvg(layoutDiagram(statuses, 'DRAFT'), edges, 'DRAFT', unreachable);

    expect(svg.match(/<path class="edge /g)).toHaveLength(edges.length);
    expect(svg.match(/class="edge edge-unexpected-accept"/g)).toHaveLength(1);
    expect(svg.match(/<g class="node"/g)).toHaveLength(6);
  });

  it('escapes status names', () => {
    const layout = layoutDiagram(['A&B', '<C>'], 'A&B');
    const edge = { from: 'A&B', to: '<C>', kind: 'agreed' as const, title: 'A&B → <C>' };

    const svg = toDiagramSvg(layout, [edge], 'A&B', []);

    expect(svg).toContain('data-from="A&amp;B" data-to="&lt;C&gt;"');
    expect(svg).not.toContain('<C>');
  });

  it('keeps every node inside the drawing', () => {
    const layout = layoutDiagram(['DRAFT', 'A-VERY-LONG-STATUS-NAME', 'X'], 'DRAFT');

    for (const box of layout.nodes.values()) {
      expect(box.x - box.halfWidth).toBeGreaterThan(0);
      expect(box.y - box.halfHeight).toBeGreaterThan(0);
      expect(box.x + box.halfWidth).toBeLessThan(layout.width);
      expect(box.y + box.halfHeight).toBeLessThan(layout.height);
    }
  });
});

describe('toDiagramHtml', () => {
  it('loads nothing from outside the page, and says so in its policy', async () => {
    const html = await pageFor({});

    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('lists each difference and escapes the target', async () => {
    const html = await pageFor({ 'REVIEW>COMPLETE': 'allowed' });

    expect(html).toContain(
      '<strong>REVIEW → COMPLETE</strong>: declared rejected but accepted (200, 200)',
    );
    expect(html).toContain('a &lt;test&gt; target');
  });
});
