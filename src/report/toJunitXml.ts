import junitReportBuilder from 'junit-report-builder';
import { findUntriedDeclared, type CoverageReport } from '../run/CoverageReport';
import type { RunResult } from '../run/RunResult';
import { renderFinding } from './renderFinding';

type TestSuite = ReturnType<ReturnType<typeof junitReportBuilder.newBuilder>['testSuite']>;

/**
 * `--require-coverage` fails the run on a declared pair no move tried; without a test case of
 * its own, CI would show every property green beside a red exit code.
 */
const addCoverageCase = (suite: TestSuite, coverage: CoverageReport): void => {
  const testCase = suite
    .testCase()
    .className(`${coverage.target}.workflow`)
    .name('transition-coverage');
  const untried = findUntriedDeclared(coverage);
  if (untried.length === 0) return;

  const count = `${untried.length} declared pair${untried.length === 1 ? '' : 's'}`;
  testCase.failure(`${count} of ${coverage.workflowPath} never tried`, 'UNTRIED_DECLARED_PAIR');
  testCase.standardOutput(
    untried.map((pair) => `${pair.from} → ${pair.to} (${pair.verdict})`).join('\n'),
  );
};

/**
 * JUnit XML for CI: one suite per target, one test case per property, and with
 * `--require-coverage` one for the transition coverage of each stateful target.
 */
export const toJunitXml = (result: RunResult): string => {
  const builder = junitReportBuilder.newBuilder().name(`serial-${result.command}`);

  for (const target of result.targets) {
    const suite = builder.testSuite().name(`${result.command} on ${target.kind}`);
    suite.property('seed', String(result.seed)).property('baseUrl', target.baseUrl);
    for (const property of result.properties.filter((p) => p.target === target.kind)) {
      const testCase = suite
        .testCase()
        .className(`${target.kind}.${property.operationId}`)
        .name(property.title)
        .time(property.durationMs / 1000);
      if (property.passed) continue;

      const [first] = property.findings;
      const details = [
        ...property.findings.flatMap((finding) => renderFinding(finding, '')),
        ...(property.counterexample?.curl ?? []),
        property.counterexample?.replay ?? '',
      ];
      const message = first === undefined ? (property.error ?? 'failed') : first.title;
      testCase.failure(message, first?.code ?? 'HARNESS_ERROR');
      testCase.standardOutput(details.join('\n'));
    }
    if (result.stopped !== undefined) {
      // A run a budget stopped exits 1 as INCOMPLETE; CI must not show it all green.
      const testCase = suite.testCase().className(`${target.kind}.run`).name('run-complete');
      testCase.failure(`stopped early: ${result.stopped}`, 'RUN_INCOMPLETE');
    }
    if (!result.requireCoverage) continue;
    for (const coverage of result.coverage.filter((c) => c.target === target.kind)) {
      addCoverageCase(suite, coverage);
    }
  }
  return builder.build();
};
