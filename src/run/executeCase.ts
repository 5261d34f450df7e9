import {
  createFinding,
  type Exchange,
  type Finding,
  type ReceivedResponse,
  type SentRequest,
} from '../core/finding';
import { checkRequestBody, type RequestVerdict } from '../oracle/checkRequest';
import { checkResponse } from '../oracle/checkResponse';
import type { OperationModel } from '../spec/SpecModel';
import { checkPrismAgreement } from './checkPrismAgreement';
import { isSafetyError } from './guard/SafetyError';
import { findDeviation } from './knownDeviations';
import { describeExpectation, meetsExpectation, type RequestCase } from './RequestCase';
import type { RunContext } from './Target';
import { redactExchange } from './redactExchange';
import { toSentRequest } from './toSentRequest';

export interface CaseOutcome {
  /** As kept in findings and reports: the token written `$SERIAL_API_TOKEN`. */
  exchange: Exchange;
  /** The answer as received, for callers that read it (never stored in a report). */
  response?: ReceivedResponse;
  findings: Finding[];
  /** The code of a known deviation that explained a mismatch, if one did. */
  deviation?: string;
}

const checkGeneratedClass = (
  operation: OperationModel,
  testCase: RequestCase,
  verdict: RequestVerdict,
  exchange: Exchange,
) => {
  if (testCase.bodyClass === 'none') return [];
  const isValid = testCase.bodyClass === 'valid';
  if (verdict.valid === isValid) return [];
  const received = verdict.valid ? 'the oracle finds it valid' : 'the oracle finds it invalid';
  const finding = createFinding('GENERATOR_INVARIANT', {
    operationId: operation.operationId,
    expected: `a ${testCase.bodyClass} body (${testCase.label})`,
    received,
    exchange,
  });
  return [finding];
};

/** A case as sent: the answer, or why there was none. */
export interface SentCase {
  request: SentRequest;
  response?: ReceivedResponse;
  error?: string;
}

/** Sends a case; never rejects: a failed request is judged like any other outcome. */
export const sendCase = async (context: RunContext, testCase: RequestCase): Promise<SentCase> => {
  const request = toSentRequest(context.spec, testCase, context.target.token);
  try {
    return { request, response: await context.target.client.send(request) };
  } catch (error) {
    // The safety envelope's refusals stop the run; they are no answer of the target's.
    if (isSafetyError(error)) throw error;
    return { request, error: error instanceof Error ? error.message : String(error) };
  }
};

/** Sends one case and judges the answer: status, response conformance, Prism's verdict. */
export const executeCase = async (context: RunContext, testCase: RequestCase) =>
  judgeCase(context, testCase, await sendCase(context, testCase));

/** Judges a sent case; every exchange it returns has the token redacted. */
export const judgeCase = (
  context: RunContext,
  testCase: RequestCase,
  sent: SentCase,
): CaseOutcome => {
  const outcome = judgeSent(context, testCase, sent);
  const redact = (exchange: Exchange) => redactExchange(exchange, context.target.token);
  return {
    ...outcome,
    ...(outcome.exchange.response === undefined ? {} : { response: outcome.exchange.response }),
    exchange: redact(outcome.exchange),
    findings: outcome.findings.map((finding) =>
      finding.exchange === undefined ? finding : { ...finding, exchange: redact(finding.exchange) },
    ),
  };
};

const judgeSent = (context: RunContext, testCase: RequestCase, sent: SentCase): CaseOutcome => {
  const operation = context.spec.findOperation(testCase.operationId);
  if (operation === undefined) throw new Error(`no operation ${testCase.operationId} in the spec`);

  if (sent.response === undefined) {
    const exchange = { request: sent.request };
    const finding = createFinding('REQUEST_FAILED', {
      operationId: operation.operationId,
      expected: describeExpectation(testCase.expect),
      received: sent.error ?? 'no answer',
      exchange,
    });
    return { exchange, findings: [finding] };
  }

  const exchange = { request: sent.request, response: sent.response };
  // The oracle judges the bytes actually sent, so a shrunk case cannot change class unseen.
  const verdict = checkRequestBody(operation, testCase);
  const findings = checkGeneratedClass(operation, testCase, verdict, exchange);
  const { statusCode } = exchange.response;
  const deviation = findDeviation(context.target.kind, testCase, verdict);
  if (deviation !== undefined && statusCode === deviation.answers) {
    return { exchange, findings, deviation: deviation.code };
  }

  if (!meetsExpectation(testCase.expect, statusCode)) {
    const expected = `${describeExpectation(testCase.expect)} for ${testCase.label}`;
    findings.push(
      createFinding('UNEXPECTED_STATUS', {
        operationId: operation.operationId,
        expected,
        received: `${statusCode}`,
        specPointer: `${operation.pointer}/responses`,
        exchange,
      }),
    );
  }

  const isExpectedStatus = (code: number) => meetsExpectation(testCase.expect, code);
  findings.push(...checkResponse({ operation, exchange, isExpectedStatus }));

  const authenticated = testCase.auth.kind === 'token';
  if (context.target.kind === 'prism-mock' && authenticated && testCase.bodyClass !== 'none') {
    findings.push(...checkPrismAgreement(operation, exchange, verdict));
  }
  return { exchange, findings };
};
