import type { ExploreReport } from '../../../src/explore/ExploreReport';
import { renderExploreSummary, renderVerdictLine } from '../../../src/explore/renderExploreSummary';
import { diffStrictWith } from './support/diffOf';
import { statuses } from './support/learnFrom';

const reportFor = async (changes: Parameters<typeof diffStrictWith>[0]): Promise<ExploreReport> => {
  const { diff, unreachable } = await diffStrictWith(changes);
  const reached = statuses.filter((status) => !unreachable.includes(status));
  return {
    command: 'explore',
    target: {
      kind: 'simulator',
      description: 'the embedded simulator',
      baseUrl: 'http://127.0.0.1:1',
    },
    specPath: 'spec.yaml',
    runTag: 'explore-abc123',
    tries: 2,
    budgets: { '--max-requests': 1000, '--max-orders': 100 },
    created: [],
    startedAt: '2026-12-03T00:00:00.000Z',
    durationMs: 420,
    learnt: {
      initial: 'DRAFT',
      statuses,
      reached,
      unreachable,
      unexplored: [],
      requests: 385,
    },
    diff: { ...diff, declaredPath: 'contracts/workflow.strict.yaml' },
  };
};

describe('renderVerdictLine', () => {
  it('says MATCH and counts the run when nothing differs', async () => {
    expect(renderVerdictLine(await reportFor({}))).toBe(
      'MATCH explore: the target behaves as contracts/workflow.strict.yaml declares; ' +
        '36 pairs × 2 tries, 6 of 6 statuses reached, 385 requests, 0.4 s, run explore-abc123',
    );
  });

  it('says DIFFER and names the differing pairs by kind', async () => {
    const report = await reportFor({
      'REVIEW>COMPLETE': 'allowed',
      'CANCELED>ARCHIVED': 'not-persisted',
    });

    expect(renderVerdictLine(report)).toBe(
      'DIFFER explore: 2 differences from contracts/workflow.strict.yaml: ' +
        '1 declared rejected but accepted (REVIEW → COMPLETE), 1 anomaly (CANCELED → ARCHIVED); ' +
        '36 pairs × 2 tries, 6 of 6 statuses reached, 385 requests, 0.4 s, run explore-abc123',
    );
  });

  it('says INCOMPLETE when the budget stopped the run', async () => {
    const report = await reportFor({});
    report.learnt.stoppedBy = '--max-requests';

    expect(renderVerdictLine(report)).toMatch(
      /^INCOMPLETE explore: stopped at --max-requests 1000 with 36 pairs tried; /,
    );
  });
});

describe('renderExploreSummary', () => {
  it('lists each difference under its kind, with the answers of its tries', async () => {
    const report = await reportFor({ 'PRODUCTION>REVIEW': 'rejected' });

    expect(renderExploreSummary(report)).toContain(
      'Differences from the declared workflow (1):\n  declared allowed but rejected (1):\n    PRODUCTION → REVIEW  400, 400\n',
    );
  });
});

describe('renderExploreSummary, on the head of the summary', () => {
  it('names a live target once, by its URL', async () => {
    const report = await reportFor({});
    const live = { kind: 'live' as const, description: 'http://h:1', baseUrl: 'http://h:1' };

    expect(renderExploreSummary({ ...report, target: live }).split('\n')[0]).toBe(
      'explore: http://h:1',
    );
  });

  it("says that Prism's mock keeps no state, so its anomalies are the mock's", async () => {
    const report = await reportFor({});
    const mock = {
      kind: 'prism-mock' as const,
      description: "Prism's mock",
      baseUrl: 'http://m:1',
    };

    expect(
      renderExploreSummary({ ...report, target: mock })
        .split('\n')
        .slice(0, 2),
    ).toEqual([
      "explore: Prism's mock at http://m:1",
      "Prism's mock keeps no state: it answers every valid move 200 and changes nothing.",
    ]);
  });
});
