import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutateSpec, specWithout401 } from '../support/mutateSpec';
import { projectRoot } from '../support/paths';

const runContract = (...args: string[]) => {
  const reportDir = mkdtempSync(join(tmpdir(), 'contract-e2e-'));
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--swc',
      'scripts/contract.ts',
      '--report-dir',
      reportDir,
      ...args,
    ],
    { cwd: projectRoot, encoding: 'utf8', timeout: 120_000 },
  );
  return { ...result, reportDir };
};

describe('npm run contract', () => {
  describe('on the project spec', () => {
    const run = runContract('--runs', '10');

    it('exits 0 with a summary that names the seed', () => {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /PASS contract: 0 of \d+ properties failed, \d+ cases, seed 20261203/,
      );
    });

    it('writes JUnit and JSON reports', () => {
      const junit = readFileSync(join(run.reportDir, 'contract-junit.xml'), 'utf8');
      const report = JSON.parse(
        readFileSync(join(run.reportDir, 'contract-report.json'), 'utf8'),
      ) as {
        properties: unknown[];
        targets: { kind: string }[];
      };
      expect(junit).toContain('<testsuite name="contract on prism-mock"');
      expect(report.targets.map((target) => target.kind)).toEqual(['prism-mock', 'simulator']);
      expect(report.properties.length).toBeGreaterThan(20);
    });
  });

  describe('the workflow model on the simulator, at the default budget', () => {
    it('tries all 36 pairs of the strict workflow, as --require-coverage demands', () => {
      const run = runContract('--property', 'workflow.model', '--require-coverage');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('36 of 36 pairs tried');
    });
  });

  describe('when the spec lacks the 401 response of the status operation', () => {
    it('fails and names the operation and the place in the spec', () => {
      const run = runContract('--runs', '5', '--spec', specWithout401(), '--property', 'patch');
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('UNDOCUMENTED_STATUS');
      expect(run.stdout).toContain('spec       /paths/~1work-orders~1{id}~1status/patch/responses');
    });

    it('prints a replay line that re-runs exactly the counterexample', () => {
      const spec = specWithout401();
      const first = runContract('--runs', '5', '--spec', spec, '--property', 'patch');
      const line =
        /npm run contract -- (--spec \S+ --on \S+ --seed \S+ --property \S+ --path \S+)/.exec(
          first.stdout,
        );
      expect(line?.[1]).toContain(`--spec ${spec} `);

      // The line as printed, spec included: nothing needs adding to replay it.
      const replay = runContract(...(line?.[1] ?? '').split(' '));

      expect(replay.status).toBe(1);
      expect(replay.stdout).toMatch(/✗ \S+ +1 cases/);
      expect(replay.stdout).toContain('UNDOCUMENTED_STATUS');
    });
  });

  describe.each([
    [
      'a misspelt $ref',
      "'#/components/schemas/WorkOrder'",
      "'#/components/schemas/WorkOrdr'",
      /\$ref '#\/components\/schemas\/WorkOrdr' at \/paths/,
    ],
    [
      'enum given as a string',
      /( +)enum:\n\1 {2}- DRAFT\n/,
      '$1enum: DRAFT\n$1x-was:\n$1  - DRAFT\n',
      /properties\/status\/enum: must be array/,
    ],
  ])('when the spec has %s', (name, from, to, message) => {
    it('stops with exit 2 and a message that names the place, without a stack trace', () => {
      const run = runContract('--spec', mutateSpec(name.replace(/\W+/g, '-'), from, to));
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/\.openapi\.yaml:\d+:\d+: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('refuses a bad flag with exit 2 and says where to look', () => {
    const run = runContract('--runs', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("expected a whole number from 1 to 100000, got 'many'");
    expect(run.stderr).toContain('--help');
  });
});
