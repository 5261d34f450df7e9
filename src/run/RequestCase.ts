/** What answer a case requires. */
export type Expectation =
  | { kind: 'status'; statusCode: number }
  /** Any 4xx: the operation documents no error answer, so the exact code is not asserted. */
  | { kind: 'client-error' }
  /** Any of these: the workflow leaves the move `unknown`, so the outcome is only recorded. */
  | { kind: 'one-of'; statusCodes: number[] };

/** How the case authenticates: the run's token, none, or an exact header value. */
export type CaseAuth = { kind: 'token' } | { kind: 'none' } | { kind: 'header'; value: string };

/**
 * One generated request and what it is for. Cases are plain data so fast-check can print and
 * shrink them; the run's token is added only when sending.
 */
export interface RequestCase {
  operationId: string;
  /** Whether the body conforms to the spec, as generated; re-checked by the oracle on send. */
  bodyClass: 'valid' | 'invalid' | 'none';
  /** The rule the case exercises, in words: `valid body`, `required property 'status' missing`. */
  label: string;
  pathParams: Record<string, string>;
  auth: CaseAuth;
  contentType?: string;
  rawBody?: string;
  expect: Expectation;
}

export const describeExpectation = (expect: Expectation): string => {
  if (expect.kind === 'status') return String(expect.statusCode);
  if (expect.kind === 'one-of') return expect.statusCodes.join(' or ');
  return 'a 4xx';
};

export const meetsExpectation = (expect: Expectation, statusCode: number): boolean => {
  if (expect.kind === 'status') return statusCode === expect.statusCode;
  if (expect.kind === 'one-of') return expect.statusCodes.includes(statusCode);
  return statusCode >= 400 && statusCode < 500;
};
