import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from '../../../src/run/RunResult';
import { writeReports } from '../../../src/report/writeReports';
import { createRunResult } from '../../support/runResults';

const untriedCoverage: RunResult['coverage'][number] = {
  target: 'simulator',
  workflowPath: 'contracts/workflow.test.yaml',
  statuses: ['DRAFT'],
  pairs: [{ from: 'DRAFT', to: 'DRAFT', verdict: 'rejected', tried: 0, codes: {}, changed: 0 }],
};

describe('writeReports', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'reports-'));
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const readPassed = (result: RunResult): unknown => {
    const { json } = writeReports(result, folder);
    return (JSON.parse(readFileSync(json, 'utf8')) as { passed?: unknown }).passed;
  };

  it('marks the JSON report passed when the run passes', () => {
    expect(readPassed(createRunResult({}))).toBe(true);
  });

  it('marks the JSON report not passed when --require-coverage finds a declared pair untried', () => {
    expect(
      readPassed(createRunResult({ coverage: [untriedCoverage], requireCoverage: true })),
    ).toBe(false);
  });
});
