import type { ReceivedResponse } from '../core/finding';
import { isRecord } from '../spec/jsonPointer';
import type { Violation } from './Violation';

export interface PrismVerdict {
  valid: boolean;
  violations: Violation[];
  /** Where the verdict was read: the header, Prism's own JSON error, or the absence of both. */
  source: 'sl-violations' | 'invalid-json-error' | 'none';
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

const parseHeader = (header: string): Violation[] => {
  try {
    const entries: unknown = JSON.parse(header);
    if (!Array.isArray(entries)) return [];
    return entries.map(toViolation).filter((entry) => entry !== undefined);
  } catch {
    return [];
  }
};

const isInvalidJsonError = (body: string): boolean => {
  if (!body.includes('invalid_json')) return false;
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) && isRecord(parsed.error) && parsed.error.code === 'invalid_json';
  } catch {
    return false;
  }
};

/**
 * Prism's own verdict on the request, read from its answer: the `sl-violations` header (a JSON
 * array of violations) or, for a body that is not JSON, its `invalid_json` error body.
 */
export const readPrismVerdict = (response: ReceivedResponse): PrismVerdict => {
  const header = response.headers['sl-violations'];
  if (header !== undefined) {
    const violations = parseHeader(header);
    return { valid: violations.length === 0, violations, source: 'sl-violations' };
  }
  if (isInvalidJsonError(response.body)) {
    const violation = { pointer: '/body', keyword: 'json', message: 'invalid_json' };
    return { valid: false, violations: [violation], source: 'invalid-json-error' };
  }
  return { valid: true, violations: [], source: 'none' };
};
