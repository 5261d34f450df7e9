import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExploreReport } from '../../src/explore';
import { findFreePort } from '../../src/prism/findFreePort';
import { findStatuses, loadWorkflow } from '../../src/workflow';
import { loadSpec } from '../../src/spec/loadSpec';
import { projectRoot, specPath } from '../support/paths';

const strictPath = join(projectRoot, 'contracts', 'workflow.strict.yaml');

const runExplore = (...args: string[]) => {
  const reportDir = mkdtempSync(join(tmpdir(), 'explore-e2e-'));
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--swc',
      'scripts/explore.ts',
      '--report-dir',
      reportDir,
      ...args,
    ],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
      // As `npm run explore` from the project folder: relative paths are taken from there.
      env: { ...process.env, SERIAL_API_TOKEN: '', INIT_CWD: projectRoot },
    },
  );
  const lastLine = result.stdout.trimEnd().split('\n').at(-1) ?? '';
  const readReport = () =>
    JSON.parse(readFileSync(join(reportDir, 'explore-report.json'), 'utf8')) as ExploreReport;
  const readLearnt = () => readFileSync(join(reportDir, 'explore-workflow.yaml'), 'utf8');
  return { ...result, reportDir, lastLine, readReport, readLearnt };
};

/** The strict workflow with one more move allowed: the pair the diff must name. */
const writeStrictPlus = (from: string, to: string): string => {
  const text = readFileSync(strictPath, 'utf8').replace(
    `  ${from}: { `,
    `  ${from}: { ${to}: allowed, `,
  );
  const path = join(mkdtempSync(join(tmpdir(), 'explore-workflow-')), 'strict-plus.yaml');
  writeFileSync(path, text);
  return path;
};

/** The default workflow, which also declares that no work order ever gets to ARCHIVED. */
const writeDefaultWithoutArchived = (): string => {
  const text = readFileSync(join(projectRoot, 'contracts', 'workflow.default.yaml'), 'utf8');
  const path = join(mkdtempSync(join(tmpdir(), 'explore-workflow-')), 'no-archived.yaml');
  writeFileSync(path, `${text}unreachable: [ARCHIVED]\n`);
  return path;
};

const readAllFiles = (folder: string): string =>
  readdirSync(folder)
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');

describe('npm run explore', () => {
  describe('against the simulator with the strict workflow', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'explore-out-')), 'pinned', 'staging.yaml');
    const run = runExplore('--target', 'simulator', '--workflow', strictPath, '--out', out);

    it('exits 0 and ends with a one-line MATCH summary', () => {
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.status).toBe(0);
      expect(run.lastLine).toMatch(
        /^MATCH explore: the target behaves as .*workflow\.strict\.yaml declares; 36 pairs × 2 tries, 6 of 6 statuses reached, \d+ requests, [\d.]+ s, run explore-[0-9a-f]{6}$/,
      );
    });

    it('pins exactly the strict table in the --out file, which --workflow accepts', async () => {
      const statuses = findStatuses(await loadSpec(specPath));

      const learnt = loadWorkflow(out, statuses);

      expect(learnt.pairs()).toEqual(loadWorkflow(strictPath, statuses).pairs());
      expect(readFileSync(out, 'utf8')).toMatch(
        /^# Learnt by `npm run explore` on \d{4}-\d\d-\d\d/,
      );
    });

    it('shows progress, one line per pair, on stderr', () => {
      expect(run.stderr.match(/^\[ ?\d+\/36\] /gm)).toHaveLength(36);
      expect(run.stderr).toContain('reached COMPLETE via DRAFT → REVIEW → PRODUCTION → COMPLETE');
    });

    it('writes the summary, the JSON report, the Mermaid text and the HTML page', () => {
      expect(readdirSync(run.reportDir).sort()).toEqual([
        'explore-diagram.html',
        'explore-diagram.mmd',
        'explore-report.json',
        'explore-summary.txt',
      ]);
      expect(run.readReport().diff.differences).toEqual([]);
    });
  });

  describe('against a simulator whose workflow allows one move more than declared', () => {
    const run = runExplore(
      '--target',
      'simulator',
      '--simulate-workflow',
      writeStrictPlus('REVIEW', 'COMPLETE'),
      '--workflow',
      strictPath,
    );

    it('exits 1 and names that pair, and nothing else', () => {
      const differences = run.readReport().diff.differences;

      expect(run.status).toBe(1);
      expect(differences.map(({ from, to, agreement }) => ({ from, to, agreement }))).toEqual([
        { from: 'REVIEW', to: 'COMPLETE', agreement: 'declared-rejected-accepted' },
      ]);
      expect(run.lastLine).toMatch(
        /^DIFFER explore: 1 difference from .*: 1 declared rejected but accepted \(REVIEW → COMPLETE\); /,
      );
    });
  });

  describe('against the strict simulator, with a workflow that declares ARCHIVED unreachable', () => {
    const run = runExplore('--target', 'simulator', '--workflow', writeDefaultWithoutArchived());

    it('exits 1 and names the moves that reached ARCHIVED', () => {
      const differences = run.readReport().diff.differences;

      expect(run.status).toBe(1);
      expect(differences.map(({ from, to, agreement }) => ({ from, to, agreement }))).toEqual([
        { from: 'COMPLETE', to: 'ARCHIVED', agreement: 'declared-unreachable-reached' },
        { from: 'CANCELED', to: 'ARCHIVED', agreement: 'declared-unreachable-reached' },
      ]);
      expect(run.lastLine).toMatch(
        /^DIFFER explore: 2 differences from .*: 2 declared unreachable but reached \(COMPLETE → ARCHIVED, CANCELED → ARCHIVED\); /,
      );
    });
  });

  describe('against the Prism mock, which answers 200 and keeps nothing', () => {
    const run = runExplore('--target', 'mock', '--workflow', strictPath);

    it('reports the moves as anomalies and the other statuses as unreachable', () => {
      const report = run.readReport();

      expect(run.status).toBe(1);
      expect(report.learnt.unreachable).toEqual([
        'REVIEW',
        'PRODUCTION',
        'COMPLETE',
        'CANCELED',
        'ARCHIVED',
      ]);
      expect(report.diff.differences.filter((pair) => pair.agreement === 'anomaly')).toHaveLength(
        5,
      );
      expect(run.stdout).toContain(
        'DRAFT → REVIEW      200 but stayed DRAFT, 200 but stayed DRAFT',
      );
    });
  });

  describe('against a simulator that refuses every move out of the initial status', () => {
    const run = runExplore(
      '--target',
      'simulator',
      '--simulate-fault',
      'legal-move-rejected',
      '--workflow',
      strictPath,
    );

    it('reports the other statuses unreachable, and pins them so the learnt file loads', () => {
      const report = run.readReport();

      expect(run.status).toBe(1);
      expect(report.learnt.unreachable).toEqual([
        'REVIEW',
        'PRODUCTION',
        'COMPLETE',
        'CANCELED',
        'ARCHIVED',
      ]);
      expect(report.diff.pairs.filter((pair) => pair.untried === 'unreachable')).toHaveLength(30);
      expect(run.stdout).not.toContain('does not load');
      expect(run.readLearnt()).toContain(
        'unreachable: [ REVIEW, PRODUCTION, COMPLETE, CANCELED, ARCHIVED ]',
      );
    });
  });

  it('never prints or writes the token', () => {
    const token = 'do-not-print-this-token-7f3a';

    const run = runExplore('--target', 'simulator', '--token', token, '--workflow', strictPath);

    expect(run.status).toBe(0);
    expect(`${run.stdout}${run.stderr}${readAllFiles(run.reportDir)}`).not.toContain(token);
  });

  describe('with --dry-run', () => {
    it('prints the plan with curl lines that read the token from the environment, and sends nothing', async () => {
      // Nothing listens on this port: a run that sent anything would exit 2.
      const port = await findFreePort('127.0.0.1');

      const run = runExplore(
        '--target',
        `http://127.0.0.1:${port}`,
        '--dry-run',
        '--token',
        'secret-token-1234',
      );

      expect(run.status).toBe(0);
      expect(run.stdout).toContain('explore plan (dry run: nothing is sent)');
      expect(run.stdout).toContain('-H "authorization: Bearer $SERIAL_API_TOKEN"');
      expect(run.stdout).not.toContain('secret-token-1234');
      expect(readdirSync(run.reportDir)).toEqual([]);
    });
  });

  describe.each([
    [
      'a bad flag',
      ['--target', 'simulator', '--tries', 'many'],
      "expected a whole number from 1 to 20, got 'many'",
    ],
    ['no target', [], 'no target: pass --target mock, simulator or the API URL'],
    [
      'a target that is not a URL',
      ['--target', 'staging'],
      "--target 'staging' is neither mock, simulator nor an http(s) base URL",
    ],
    [
      'a URL target without a token',
      ['--target', 'http://127.0.0.1:1'],
      'no API token for http://127.0.0.1:1',
    ],
    [
      'a workflow that does not exist',
      ['--target', 'simulator', '--workflow', 'nope.yaml'],
      `Cannot read the workflow ${projectRoot}/nope.yaml`,
    ],
    [
      'an unknown simulator fault',
      ['--target', 'simulator', '--simulate-fault', 'nope'],
      "unknown fault 'nope'",
    ],
  ])('with %s', (_name, args, message) => {
    it('stops with exit 2 and a short message, without a stack trace', () => {
      const run = runExplore(...args);

      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('stops with exit 2 when the target cannot be reached', async () => {
    const port = await findFreePort('127.0.0.1');

    const run = runExplore('--target', `http://127.0.0.1:${port}`, '--token', 'x');

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error: could not reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)\n {2}Check --target/,
    );
  });
});
