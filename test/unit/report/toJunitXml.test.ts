import type { CoverageReport } from '../../../src/run/CoverageReport';
import type { RunResult } from '../../../src/run/RunResult';
import { toJunitXml } from '../../../src/report/toJunitXml';
import { createCoverage as coverage, createRunResult } from '../../support/runResults';

const result = (report: CoverageReport, requireCoverage: boolean): RunResult =>
  createRunResult({ coverage: [report], requireCoverage });

/** The `<testcase …>…</testcase>` (or self-closed) element named transition-coverage. */
const coverageCase = (xml: string): string | undefined =>
  /<testcase[^>]*name="transition-coverage"[^>]*(\/>|>[\s\S]*?<\/testcase>)/.exec(xml)?.[0];

describe('toJunitXml', () => {
  describe('with --require-coverage', () => {
    it('fails a transition-coverage test case that lists each declared pair never tried', () => {
      const testCase = coverageCase(toJunitXml(result(coverage([1, 0, 1, 0]), true)));

      expect(testCase).toContain('classname="simulator.workflow"');
      expect(testCase).toContain(
        '<failure message="2 declared pairs of contracts/workflow.test.yaml never tried" ' +
          'type="UNTRIED_DECLARED_PAIR"',
      );
      expect(testCase).toContain('DRAFT → REVIEW (rejected)\nREVIEW → REVIEW (rejected)');
    });

    it('passes the transition-coverage test case when every declared pair was tried', () => {
      const testCase = coverageCase(toJunitXml(result(coverage([1, 1, 1, 1]), true)));

      expect(testCase).toBeDefined();
      expect(testCase).not.toContain('<failure');
    });
  });

  describe('when a budget stopped the run', () => {
    it('fails a run-complete test case that says why', () => {
      const stopped = { ...result(coverage([1, 1, 1, 1]), false), stopped: 'the budget is spent' };

      expect(toJunitXml(stopped)).toMatch(
        /<testcase classname="simulator\.run" name="run-complete">\s*<failure message="stopped early: the budget is spent" type="RUN_INCOMPLETE"/,
      );
    });
  });

  describe('without --require-coverage', () => {
    it('adds no transition-coverage test case, as coverage does not decide the run', () => {
      expect(coverageCase(toJunitXml(result(coverage([0, 0, 0, 0]), false)))).toBeUndefined();
    });
  });
});
