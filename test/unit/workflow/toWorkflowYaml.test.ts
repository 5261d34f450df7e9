import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadWorkflow,
  toWorkflowYaml,
  type Verdict,
  type WorkflowTable,
} from '../../../src/workflow';

const statuses = ['DRAFT', 'REVIEW', 'PRODUCTION', 'COMPLETE', 'CANCELED', 'ARCHIVED'];
const contracts = join(__dirname, '..', '..', '..', 'contracts');

/** A learnt table, as issue 5 will write it: every pair listed, including same-status pairs. */
const learntTable = (): WorkflowTable => {
  const verdictOf = (from: number, to: number): Verdict =>
    to === from + 1 ? 'allowed' : to === from ? 'unknown' : 'rejected';
  const transitions = Object.fromEntries(
    statuses.map((from, i) => [
      from,
      Object.fromEntries(statuses.map((to, j) => [to, verdictOf(i, j)])),
    ]),
  );
  return { initial: 'DRAFT', transitions, otherwise: 'rejected' };
};

describe('toWorkflowYaml', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'workflow-yaml-'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const reload = (text: string) => {
    const path = join(folder, 'round-trip.yaml');
    writeFileSync(path, text);
    return loadWorkflow(path, statuses);
  };

  it.each(['workflow.default.yaml', 'workflow.strict.yaml'])(
    'writes %s back to a file that loads to the same verdicts',
    (file) => {
      const original = loadWorkflow(join(contracts, file), statuses);

      const reloaded = reload(toWorkflowYaml(original.table));

      expect(reloaded.pairs()).toEqual(original.pairs());
      expect(reloaded.initial).toBe(original.initial);
    },
  );

  it('writes a learnt table with every pair listed and a comment on top', () => {
    const table = learntTable();

    const text = toWorkflowYaml(table, 'Learnt from http://localhost:4020\non 2024-05-01');
    const reloaded = reload(text);

    expect(text.startsWith('# Learnt from http://localhost:4020\n# on 2024-05-01\n')).toBe(true);
    expect(reloaded.table).toEqual(table);
  });

  it('writes one flow mapping per from-status, as the shipped contracts do', () => {
    const text = toWorkflowYaml({
      initial: 'DRAFT',
      transitions: { DRAFT: { REVIEW: 'allowed', CANCELED: 'allowed' } },
      otherwise: 'unknown',
    });

    expect(text).toBe(
      'initial: DRAFT\ntransitions:\n  DRAFT: { REVIEW: allowed, CANCELED: allowed }\notherwise: unknown\n',
    );
  });
});

describe('toWorkflowYaml with statuses declared unreachable', () => {
  it('writes them so that the file loads though no move reaches them', () => {
    const statuses = ['DRAFT', 'REVIEW', 'ARCHIVED'];
    const table = {
      initial: 'DRAFT',
      transitions: { DRAFT: { REVIEW: 'allowed' as const, ARCHIVED: 'rejected' as const } },
      otherwise: 'rejected' as const,
      unreachable: ['ARCHIVED'],
    };
    const path = join(mkdtempSync(join(tmpdir(), 'unreachable-')), 'learnt.yaml');
    writeFileSync(path, toWorkflowYaml(table));

    const workflow = loadWorkflow(path, statuses);

    expect(workflow.table.unreachable).toEqual(['ARCHIVED']);
    expect(workflow.verdict('DRAFT', 'ARCHIVED')).toBe('rejected');
  });
});
