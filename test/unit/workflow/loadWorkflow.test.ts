import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isHarnessError, type HarnessError } from '../../../src/core/HarnessError';
import { loadWorkflow } from '../../../src/workflow';

const statuses = ['DRAFT', 'REVIEW', 'PRODUCTION', 'COMPLETE', 'CANCELED', 'ARCHIVED'];
const contracts = join(__dirname, '..', '..', '..', 'contracts');

interface RefusedCase {
  name: string;
  file: string;
  code: string;
  at: string;
  entry: string;
  says: string;
  fix: string;
}

// The fixture beside this test; its shape is the interface above.
const cases = parse(
  readFileSync(join(__dirname, 'loadWorkflow.cases.yaml'), 'utf8'),
) as RefusedCase[];

/** The HarnessError a call throws, or undefined when it throws none or something else. */
const catchHarnessError = (run: () => unknown): HarnessError | undefined => {
  try {
    run();
  } catch (error) {
    if (isHarnessError(error)) return error;
  }
  return undefined;
};

const allowedPairs = (path: string) =>
  loadWorkflow(path, statuses)
    .pairs()
    .filter((pair) => pair.verdict === 'allowed')
    .map((pair) => `${pair.from}>${pair.to}`);

describe('loadWorkflow', () => {
  describe('the shipped contracts', () => {
    it('loads the default workflow: the documented path allowed, every other pair unknown', () => {
      const workflow = loadWorkflow(join(contracts, 'workflow.default.yaml'), statuses);

      expect(workflow.initial).toBe('DRAFT');
      expect(allowedPairs(workflow.path)).toEqual([
        'DRAFT>REVIEW',
        'REVIEW>PRODUCTION',
        'PRODUCTION>COMPLETE',
      ]);
      expect(workflow.pairs().filter((pair) => pair.verdict === 'unknown')).toHaveLength(33);
    });

    it('loads the strict workflow: ten pairs allowed, the other 26 rejected', () => {
      const workflow = loadWorkflow(join(contracts, 'workflow.strict.yaml'), statuses);

      expect(allowedPairs(workflow.path)).toEqual([
        'DRAFT>REVIEW',
        'DRAFT>CANCELED',
        'REVIEW>DRAFT',
        'REVIEW>PRODUCTION',
        'REVIEW>CANCELED',
        'PRODUCTION>REVIEW',
        'PRODUCTION>COMPLETE',
        'PRODUCTION>CANCELED',
        'COMPLETE>ARCHIVED',
        'CANCELED>ARCHIVED',
      ]);
      expect(workflow.verdict('DRAFT', 'DRAFT')).toBe('rejected');
      expect(workflow.pairs().filter((pair) => pair.verdict === 'rejected')).toHaveLength(26);
    });
  });

  describe('when the file is wrong', () => {
    let folder: string;

    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'workflow-'));
    });

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it.each(cases.map((refused) => [refused.name, refused] as const))(
      'refuses %s, naming the file, line and entry, with a fix',
      (_, refused) => {
        const path = join(folder, 'x.yaml');
        writeFileSync(path, refused.file);

        const error = catchHarnessError(() => loadWorkflow(path, statuses));

        expect(error?.code).toBe(refused.code);
        expect(error?.message).toContain(
          `${path}:${refused.at}: ${refused.entry}: ${refused.says}`,
        );
        expect(error?.fix).toContain(refused.fix);
      },
    );

    it('does not refuse a status declared unreachable that only unknown moves lead to', () => {
      const path = join(folder, 'unknown-into-unreachable.yaml');
      writeFileSync(
        path,
        'initial: DRAFT\ntransitions:\n  DRAFT: { REVIEW: allowed }\notherwise: unknown\n' +
          'unreachable: [ARCHIVED]\n',
      );

      expect(loadWorkflow(path, statuses).table.unreachable).toEqual(['ARCHIVED']);
    });

    it('refuses a file that does not exist, saying which flag to change', () => {
      const error = catchHarnessError(() => loadWorkflow(join(folder, 'missing.yaml'), statuses));

      expect(error?.code).toBe('WORKFLOW_UNREADABLE');
      expect(error?.fix).toContain('--workflow');
    });
  });
});
