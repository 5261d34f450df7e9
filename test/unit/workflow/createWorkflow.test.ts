import { createWorkflow } from '../../../src/workflow';

const statuses = ['DRAFT', 'REVIEW', 'PRODUCTION', 'COMPLETE', 'CANCELED', 'ARCHIVED'];

describe('createWorkflow', () => {
  const workflow = createWorkflow('(memory)', statuses, {
    initial: 'DRAFT',
    transitions: { DRAFT: { REVIEW: 'allowed', DRAFT: 'unknown' } },
    otherwise: 'rejected',
  });

  it('lists all 36 pairs, same-status pairs included', () => {
    const pairs = workflow.pairs();

    expect(pairs).toHaveLength(36);
    expect(pairs).toContainEqual({ from: 'ARCHIVED', to: 'ARCHIVED', verdict: 'rejected' });
  });

  it('gives a listed pair its verdict and any other pair the otherwise verdict', () => {
    expect(workflow.verdict('DRAFT', 'REVIEW')).toBe('allowed');
    expect(workflow.verdict('DRAFT', 'DRAFT')).toBe('unknown');
    expect(workflow.verdict('REVIEW', 'DRAFT')).toBe('rejected');
  });

  it('never reads a verdict from Object.prototype', () => {
    expect(workflow.verdict('DRAFT', 'constructor')).toBe('rejected');
    expect(workflow.verdict('__proto__', 'REVIEW')).toBe('rejected');
  });

  it('hands out a copy of its table', () => {
    workflow.table.transitions.DRAFT!.REVIEW = 'rejected';

    expect(workflow.verdict('DRAFT', 'REVIEW')).toBe('allowed');
  });
});
