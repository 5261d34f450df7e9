import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toLearntTable } from '../../../src/explore/toLearntTable';
import { loadWorkflow, toWorkflowYaml } from '../../../src/workflow';
import { answerAs, learnFrom, loadContract, statuses } from './support/learnFrom';

describe('toLearntTable', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'learnt-table-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const reload = (text: string) => {
    const path = join(folder, 'learnt.yaml');
    writeFileSync(path, text);
    return loadWorkflow(path, statuses);
  };

  it('writes a file that --workflow loads to exactly the learnt table', async () => {
    const strict = loadContract('strict');
    const learnt = await learnFrom(answerAs(strict));

    const reloaded = reload(toWorkflowYaml(toLearntTable(learnt), 'learnt'));

    expect(reloaded.pairs()).toEqual(strict.pairs());
  });

  it('leaves flaky and untried pairs unknown instead of guessing', async () => {
    const strict = loadContract('strict');
    const flaky = (asked: number) => (asked === 1 ? 'allowed' : 'rejected');
    const learnt = await learnFrom(answerAs(strict, { 'CANCELED>ARCHIVED': flaky }));

    const table = toLearntTable(learnt);

    expect(table.transitions.CANCELED?.ARCHIVED).toBeUndefined();
    expect(table.otherwise).toBe('unknown');
    expect(reload(toWorkflowYaml(table)).verdict('CANCELED', 'ARCHIVED')).toBe('unknown');
  });
});
