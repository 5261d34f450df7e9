import fc from 'fast-check';
import { isFailing, type Exchange, type Finding } from '../core/finding';
import { SECRET_VARIABLE, toCurl } from '../http';
import { deriveSeed } from './deriveSeed';
import { describeError } from './describeError';
import { executeCase, type CaseOutcome } from './executeCase';
import type { PropertyDefinition } from './PropertyDefinition';
import type { Counterexample, PropertyResult } from './PropertyResult';
import { describeExpectation, type RequestCase } from './RequestCase';
import type { RunContext } from './Target';

export interface RunOptions {
  seed: number;
  numRuns: number;
  /** Replays one counterexample: fast-check's path, printed with a failure. */
  path?: string;
  /** The command line that runs this harness, e.g. `npm run contract --`. */
  command: string;
}

/** Placeholder for the token in redacted exchanges; curl lines expand it from the environment. */
const tokenPlaceholder = `$${SECRET_VARIABLE}`;

const warningKey = (finding: Finding) =>
  `${finding.code}|${finding.operationId}|${finding.received}`;

/** Runs one property against the target; the last failing case seen is the shrunk one. */
export const runProperty = async (
  context: RunContext,
  property: PropertyDefinition,
  options: RunOptions,
): Promise<PropertyResult> => {
  const started = performance.now();
  const seed = deriveSeed(options.seed, property.name);
  const warnings = new Map<string, Finding>();
  const deviations: Record<string, number> = {};
  let requests = 0;
  let lastFailure: { testCase: RequestCase; exchange: Exchange; findings: Finding[] } | undefined;

  const record = (testCase: RequestCase, outcome: CaseOutcome): boolean => {
    requests += 1;
    if (outcome.deviation !== undefined) {
      deviations[outcome.deviation] = (deviations[outcome.deviation] ?? 0) + 1;
    }
    for (const finding of outcome.findings) {
      if (!isFailing(finding)) warnings.set(warningKey(finding), finding);
    }
    const failing = outcome.findings.filter(isFailing);
    if (failing.length === 0) return true;
    lastFailure = { testCase, exchange: outcome.exchange, findings: failing };
    return false;
  };

  const check = fc.asyncProperty(property.arbitrary, async (testCase) =>
    record(testCase, await executeCase(context, testCase)),
  );
  const replay = options.path === undefined ? {} : { path: options.path, endOnFailure: true };
  const details = await fc.check(check, { seed, numRuns: options.numRuns, ...replay });

  const toCounterexample = (failure: NonNullable<typeof lastFailure>): Counterexample => ({
    label: failure.testCase.label,
    testCase: failure.testCase,
    steps: [
      {
        step: 1,
        command: failure.testCase.label,
        request: failure.exchange.request,
        expected: describeExpectation(failure.testCase.expect),
        received: String(failure.exchange.response?.statusCode ?? 'no answer'),
      },
    ],
    exchange: failure.exchange,
    curl: [toCurl(failure.exchange.request, context.target.baseUrl, { secret: tokenPlaceholder })],
    replay:
      `${options.command} --seed ${options.seed} --property ${property.name}` +
      ` --path ${details.counterexamplePath ?? ''}`,
  });
  const failed = details.failed && lastFailure !== undefined;
  return {
    name: property.name,
    target: context.target.kind,
    title: property.title,
    operationId: property.operationId,
    passed: !details.failed,
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    requests,
    seed: options.seed,
    ...(details.failed && details.counterexamplePath !== null
      ? { path: details.counterexamplePath }
      : {}),
    ...(lastFailure !== undefined && details.failed
      ? { counterexample: toCounterexample(lastFailure) }
      : {}),
    findings: failed ? (lastFailure?.findings ?? []) : [],
    warnings: [...warnings.values()],
    deviations,
    ...(details.failed && lastFailure === undefined
      ? { error: describeError(details.errorInstance, 'the property failed without a finding') }
      : {}),
    durationMs: Math.round(performance.now() - started),
  };
};
