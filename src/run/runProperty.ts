import fc from 'fast-check';
import { isFailing, type Exchange, type Finding } from '../core/finding';
import { SECRET_VARIABLE, toCurl } from '../http';
import { deriveSeed } from './deriveSeed';
import { describeError } from './describeError';
import { executeCase, type CaseOutcome } from './executeCase';
import { createReplayGuard } from './createReplayGuard';
import { runPipelined } from './runPipelined';
import { toReplayError } from './toReplayError';
import { isSafetyError, type SafetyError } from './guard/SafetyError';
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

  const guard = createReplayGuard(options.path, property.name);
  const check = fc.asyncProperty(property.arbitrary, async (testCase) => {
    guard.enter();
    return record(testCase, await executeCase(context, testCase));
  });
  // Passing cases run pipelined; fast-check takes over from the first failure to shrink it, by
  // its path (the failing case's index), or from a path given to replay.
  let pipelined: Awaited<ReturnType<typeof runPipelined>> | undefined;
  try {
    pipelined =
      options.path === undefined
        ? await runPipelined(
            context,
            property.arbitrary,
            { seed, numRuns: options.numRuns },
            record,
          )
        : undefined;
  } catch (error) {
    if (!isSafetyError(error)) throw error;
    return stoppedResult(context, property, options, { requests, warnings, deviations, error });
  }
  const path =
    options.path ?? (pipelined?.failedAt === undefined ? undefined : `${pipelined.failedAt}`);
  const firstFailure = lastFailure;
  const details =
    path === undefined
      ? undefined
      : await fc
          .check(check, {
            seed,
            numRuns: options.numRuns,
            path,
            endOnFailure: options.path !== undefined,
          })
          .catch((error: unknown) => {
            throw toReplayError(error, path, property.name);
          });
  guard.checkReplayed();

  const failed = details?.failed === true && !guard.ended(details.errorInstance);
  const failure = failed ? lastFailure : firstFailure;
  const failurePath = failed ? (details?.counterexamplePath ?? path) : path;
  const toCounterexample = (found: NonNullable<typeof lastFailure>): Counterexample => ({
    label: found.testCase.label,
    testCase: found.testCase,
    steps: [
      {
        step: 1,
        command: found.testCase.label,
        request: found.exchange.request,
        expected: describeExpectation(found.testCase.expect),
        received: String(found.exchange.response?.statusCode ?? 'no answer'),
      },
    ],
    exchange: found.exchange,
    curl: [toCurl(found.exchange.request, context.target.baseUrl, { secret: tokenPlaceholder })],
    replay:
      `${options.command} --seed ${options.seed} --property ${property.name}` +
      ` --path ${failurePath ?? ''}`,
  });
  // A case that failed in the pipeline but passed when fast-check re-ran it is still a failure:
  // the target answered the same request two ways.
  const flaky = pipelined?.failedAt !== undefined && details?.failed === false;
  const passed = failure === undefined || (options.path !== undefined && !failed);
  return {
    name: property.name,
    target: context.target.kind,
    title: property.title,
    operationId: property.operationId,
    passed,
    numRuns: pipelined?.runs ?? (options.path === undefined ? (details?.numRuns ?? 0) : 1),
    numShrinks: details?.numShrinks ?? 0,
    requests,
    seed: options.seed,
    ...(passed || failurePath === undefined ? {} : { path: failurePath }),
    ...(passed || failure === undefined ? {} : { counterexample: toCounterexample(failure) }),
    findings: passed ? [] : (failure?.findings ?? []),
    warnings: [...warnings.values()],
    deviations,
    ...(flaky ? { error: 'failed once, then passed when re-run: the answers are not stable' } : {}),
    ...(failed && lastFailure === undefined
      ? { error: describeError(details?.errorInstance, 'the property failed without a finding') }
      : {}),
    durationMs: Math.round(performance.now() - started),
  };
};

/** A property the safety envelope stopped: what ran is kept, nothing is claimed to fail. */
const stoppedResult = (
  context: RunContext,
  property: PropertyDefinition,
  options: RunOptions,
  seen: {
    requests: number;
    warnings: Map<string, Finding>;
    deviations: Record<string, number>;
    error: SafetyError;
  },
): PropertyResult => ({
  name: property.name,
  target: context.target.kind,
  title: property.title,
  operationId: property.operationId,
  passed: true,
  numRuns: seen.requests,
  numShrinks: 0,
  requests: seen.requests,
  seed: options.seed,
  findings: [],
  warnings: [...seen.warnings.values()],
  deviations: seen.deviations,
  stopped: seen.error.message,
  durationMs: 0,
});
