import { toMermaid } from '../../../src/explore/toMermaid';
import { diffStrictWith } from './support/diffOf';

describe('toMermaid', () => {
  it('draws the accepted moves as edges from a start marker into the initial status', async () => {
    const { diff, unreachable } = await diffStrictWith({});

    const text = toMermaid(diff, unreachable);

    expect(text.split('\n').slice(0, 4)).toEqual([
      'flowchart LR',
      expect.stringContaining('%% learnt table compared with'),
      '  start((" ")) --> s0',
      '  s0(["DRAFT"])',
    ]);
    expect(text.match(/^ {2}s\d --> s\d$/gm)).toHaveLength(10);
  });

  it('draws a move accepted against the declared workflow thick, labelled and red', async () => {
    const { diff, unreachable } = await diffStrictWith({ 'REVIEW>COMPLETE': 'allowed' });

    const lines = toMermaid(diff, unreachable).split('\n');

    const edges = lines.filter((line) => /^ {2}s\d /.test(line));
    const index = edges.indexOf('  s1 ==>|"accepted, declared rejected"| s3');
    expect(index).toBeGreaterThanOrEqual(0);
    // linkStyle counts the start edge as link 0.
    expect(lines).toContain(`  linkStyle ${index + 1} stroke:#c62828,stroke-width:3.5px`);
  });

  it('marks unreachable statuses with their own class', async () => {
    const { diff, unreachable } = await diffStrictWith({
      'DRAFT>REVIEW': 'rejected',
      'DRAFT>CANCELED': 'rejected',
    });

    const text = toMermaid(diff, unreachable);

    expect(text).toContain('  class s1,s2,s3,s4,s5 unreachable');
    expect(text).toContain('  s0 -.->|"rejected, declared allowed"| s1');
  });
});
