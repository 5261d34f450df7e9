import type { ReceivedResponse } from '../core/finding';
import { isRecord } from '../spec/jsonPointer';
import type { Violation } from './Violation';

export interface PrismVerdict {
  valid: boolean;
  violations: Violation[];
  /** Where the verdict was read: the header, Prism's own JSON error, or the absence of both. */
  source: 'sl-violations' | 'invalid-json-error' | 'prism-problem' | 'none';
}

const toViolation = (entry: unknown): Violation | undefined => {
  if (!isRecord(entry) || entry.severity !== 'Error') return undefined;
  const location = Array.isArray(entry.location) ? entry.location.map(String) : [];
  // In proxy mode the header also carries violations of the response; they are no verdict here.
  if (location[0] === 'response') return undefined;
  // Prism locates as ['request', 'body', 'status']; the harness says '/body/status'.
  const pointer = `/${location.filter((part, index) => index > 0 || part !== 'request').join('/')}`;
  return {
    pointer: pointer === '/' ? '' : pointer,
    keyword: String(entry.code),
    message: typeof entry.message === 'string' ? entry.message : '',
  };
};

const toViolations = (entries: unknown): Violation[] =>
  Array.isArray(entries) ? entries.map(toViolation).filter((entry) => entry !== undefined) : [];

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

// Where the spec documents no 400, Prism invents a problem+json answer of its own (422 with
// the violations in `validation`, 415 for a content type) instead of the sl-violations header.
const prismRequestProblems = ['UNPROCESSABLE_ENTITY', 'INVALID_CONTENT_TYPE'].map(
  (name) => `https://stoplight.io/prism/errors#${name}`,
);

const readPrismProblem = (body: string): Violation[] | undefined => {
  if (!body.includes('stoplight.io/prism/errors')) return undefined;
  const problem = parseJson(body);
  if (!isRecord(problem) || !prismRequestProblems.includes(String(problem.type))) return undefined;
  const violations = toViolations(problem.validation);
  const detail = typeof problem.detail === 'string' ? problem.detail : String(problem.type);
  return violations.length > 0 ? violations : [{ pointer: '', keyword: 'prism', message: detail }];
};

const isInvalidJsonError = (body: string): boolean => {
  if (!body.includes('invalid_json')) return false;
  const parsed = parseJson(body);
  return isRecord(parsed) && isRecord(parsed.error) && parsed.error.code === 'invalid_json';
};

/**
 * Prism's own verdict on the request, read from its answer: the `sl-violations` header (a JSON
 * array of violations), its own problem+json answer, or for a body that is not JSON, its
 * `invalid_json` error body.
 */
export const readPrismVerdict = (response: ReceivedResponse): PrismVerdict => {
  const header = response.headers['sl-violations'];
  if (header !== undefined) {
    const violations = toViolations(parseJson(header));
    return { valid: violations.length === 0, violations, source: 'sl-violations' };
  }
  const problem = readPrismProblem(response.body);
  if (problem !== undefined) return { valid: false, violations: problem, source: 'prism-problem' };
  if (isInvalidJsonError(response.body)) {
    const violation = { pointer: '/body', keyword: 'json', message: 'invalid_json' };
    return { valid: false, violations: [violation], source: 'invalid-json-error' };
  }
  return { valid: true, violations: [], source: 'none' };
};
