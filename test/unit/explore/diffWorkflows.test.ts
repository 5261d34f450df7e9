import { diffWorkflows } from '../../../src/explore/diffWorkflows';
import { createWorkflow } from '../../../src/workflow';
import { answerAs, learnFrom, loadContract, statuses } from './support/learnFrom';

const strict = loadContract('strict');

/** The default workflow (the documented path; every other move unknown), ARCHIVED never reached. */
const defaultWithoutArchived = createWorkflow('(memory)', statuses, {
  ...loadContract('default').table,
  unreachable: ['ARCHIVED'],
});

const summarise = (diff: ReturnType<typeof diffWorkflows>) =>
  diff.differences.map((pair) => `${pair.from}>${pair.to} ${pair.agreement}`);

describe('diffWorkflows', () => {
  describe('when the target behaves as declared', () => {
    it('finds no difference and matches', async () => {
      const diff = diffWorkflows(strict, await learnFrom(answerAs(strict)));

      expect(summarise(diff)).toEqual([]);
      expect(diff.matches).toBe(true);
    });
  });

  describe('when the target accepts one move the workflow rejects', () => {
    it('names that pair and nothing else', async () => {
      const learnt = await learnFrom(answerAs(strict, { 'REVIEW>COMPLETE': 'allowed' }));

      const diff = diffWorkflows(strict, learnt);

      expect(summarise(diff)).toEqual(['REVIEW>COMPLETE declared-rejected-accepted']);
      expect(diff.matches).toBe(false);
    });
  });

  describe('when the target rejects one move the workflow allows', () => {
    it('names that pair and nothing else', async () => {
      const learnt = await learnFrom(answerAs(strict, { 'PRODUCTION>REVIEW': 'rejected' }));

      expect(summarise(diffWorkflows(strict, learnt))).toEqual([
        'PRODUCTION>REVIEW declared-allowed-rejected',
      ]);
    });
  });

  describe('when the declared workflow leaves moves unknown', () => {
    it('counts what was learnt for them without calling it a difference', async () => {
      const diff = diffWorkflows(loadContract('default'), await learnFrom(answerAs(strict)));

      const learntNow = diff.pairs.filter((pair) => pair.agreement === 'unknown-learnt');
      expect(learntNow).toHaveLength(36 - 3);
      expect(diff.matches).toBe(true);
    });
  });

  describe('when created work orders start elsewhere', () => {
    it('does not match, even with no pair in disagreement', async () => {
      const diff = diffWorkflows(strict, await learnFrom(() => 'rejected', 'REVIEW'));

      expect(diff.initial).toEqual({ declared: 'DRAFT', learnt: 'REVIEW' });
      expect(diff.matches).toBe(false);
    });
  });

  describe('when the target reaches a status the workflow declares unreachable', () => {
    it('names each accepted move into it, though the moves themselves were declared unknown', async () => {
      const diff = diffWorkflows(defaultWithoutArchived, await learnFrom(answerAs(strict)));

      expect(summarise(diff)).toEqual([
        'COMPLETE>ARCHIVED declared-unreachable-reached',
        'CANCELED>ARCHIVED declared-unreachable-reached',
      ]);
      expect(diff.matches).toBe(false);
    });
  });

  describe('when the target never reaches the status declared unreachable', () => {
    it('finds no difference and matches', async () => {
      const neverArchived = answerAs(strict, {
        'COMPLETE>ARCHIVED': 'rejected',
        'CANCELED>ARCHIVED': 'rejected',
      });

      const diff = diffWorkflows(defaultWithoutArchived, await learnFrom(neverArchived));

      expect(summarise(diff)).toEqual([]);
      expect(diff.matches).toBe(true);
    });
  });
});
