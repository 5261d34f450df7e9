import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRequestBody } from '../../src/oracle/checkRequest';
import { loadSpec } from '../../src/spec/loadSpec';
import { specPath } from '../support/paths';
import { readFileSync } from 'node:fs';

const statusOperation = 'patch-work-orders-id-state';
const user = 'ff74beb8-f6c2-4202-b886-07321bd1ac70';

const check = async (body: unknown) => {
  const operation = (await loadSpec(specPath)).findOperation(statusOperation)!;
  return checkRequestBody(operation, {
    contentType: 'application/json',
    rawBody: JSON.stringify(body),
  });
};

describe('C7: the seed spec, exported by Stoplight, under strict ajv', () => {
  it('loads with its x-stoplight keys and examples', async () => {
    await expect(loadSpec(specPath)).resolves.toBeDefined();
  });

  it('accepts a valid status body', async () => {
    expect((await check({ status: 'DRAFT', updated_by_user_id: user })).valid).toBe(true);
  });

  it('rejects a status outside the enum', async () => {
    const verdict = await check({ status: 'DONE', updated_by_user_id: user });
    expect(verdict.violations.map((v) => [v.pointer, v.keyword])).toEqual([
      ['/body/status', 'enum'],
    ]);
  });

  it('rejects a number as status although the enum has no type', async () => {
    const verdict = await check({ status: 1, updated_by_user_id: user });
    expect(verdict.violations.map((v) => v.keyword)).toEqual(['enum']);
  });

  describe('when a schema has a genuine typo', () => {
    it('stops with the file, line and pointer of the unknown keyword', async () => {
      const broken = readFileSync(specPath, 'utf8').replace(
        '    WorkOrderComment:\n',
        '    WorkOrderComment:\n      requried: [comment]\n',
      );
      const path = join(tmpdir(), `c7-typo-${process.pid}.yaml`);
      writeFileSync(path, broken);

      await expect(loadSpec(path)).rejects.toMatchObject({
        code: 'SPEC_INVALID_SCHEMA',
        message: expect.stringMatching(
          /c7-typo-\d+\.yaml:\d+:\d+: schema at \/components\/schemas\/WorkOrderComment\/requried: strict mode: unknown keyword: "requried"/,
        ),
      });
    });
  });
});
