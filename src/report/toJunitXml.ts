import junitReportBuilder from 'junit-report-builder';
import type { RunResult } from '../run/RunResult';
import { renderFinding } from './renderFinding';

/** JUnit XML for CI: one suite per target, one test case per property. */
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
  }
  return builder.build();
};
