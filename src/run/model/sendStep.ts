import { isFailing, type Finding } from '../../core/finding';
import type { Exchange, ReceivedResponse } from '../../core/finding';
import { executeCase } from '../executeCase';
import { describeExpectation, type Expectation } from '../RequestCase';
import { StepFailure, type WorkflowReal } from './ModelState';

export interface StepRequest {
  /** The command's readable form, for the numbered steps of a failure report. */
  command: string;
  operationId: string;
  pathParams: Record<string, string>;
  body?: unknown;
  label: string;
  expect: Expectation;
}

/** A step's answer, and the exchange (token redacted) that a later state finding can show. */
export interface StepOutcome {
  response: ReceivedResponse;
  exchange: Exchange;
}

/**
 * Sends one step of a sequence through the same checks as every other case, records it, and
 * throws a StepFailure on any failing finding so the sequence fails and shrinks.
 */
export const sendStep = async (real: WorkflowReal, step: StepRequest): Promise<StepOutcome> => {
  const outcome = await executeCase(real.context, {
    operationId: step.operationId,
    bodyClass: step.body === undefined ? 'none' : 'valid',
    label: step.label,
    pathParams: step.pathParams,
    auth: { kind: 'token' },
    ...(step.body === undefined
      ? {}
      : { contentType: 'application/json', rawBody: JSON.stringify(step.body) }),
    expect: step.expect,
  });

  const response = outcome.response;
  real.steps.push({
    step: real.steps.length + 1,
    command: step.command,
    request: outcome.exchange.request,
    expected: describeExpectation(step.expect),
    received: response === undefined ? 'no answer' : String(response.statusCode),
  });

  const failing = outcome.findings.filter(isFailing);
  if (failing.length > 0 || response === undefined) throw new StepFailure(failing);
  return { response, exchange: outcome.exchange };
};

/** Fails the step with findings of the harness's own (state checks after a read). */
export const failStep = (findings: Finding[]): void => {
  if (findings.length > 0) throw new StepFailure(findings);
};
