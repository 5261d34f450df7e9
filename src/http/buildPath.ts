import { encodePathSegment } from './encodePathSegment';
import { PathParameterError } from './PathParameterError';

const PLACEHOLDER = /\{([^{}]+)\}/g;

// RFC 3986 §5.2.4 removes '.' and '..' segments, and an empty segment changes the route, so no
// value that yields one can reach the operation under test.
const UNSENDABLE_SEGMENTS = new Set(['', '.', '..']);

const encodeValue = (name: string, value: string | undefined): string => {
  if (value === undefined) throw new PathParameterError(name, value, 'no value was given');
  try {
    return encodePathSegment(value);
  } catch {
    throw new PathParameterError(name, value, 'it holds a lone UTF-16 surrogate (no UTF-8 form)');
  }
};

const fillSegment = (segment: string, params: Record<string, string>): string => {
  const names: string[] = [];
  const filled = segment.replace(PLACEHOLDER, (_match, name: string) => {
    names.push(name);
    return encodeValue(name, params[name]);
  });

  if (names.length > 0 && UNSENDABLE_SEGMENTS.has(filled)) {
    const name = names.join(', ');
    const reason = `the segment ${JSON.stringify(filled)} would change the route`;
    throw new PathParameterError(name, names.length === 1 ? params[name] : filled, reason);
  }
  return filled;
};

/**
 * Fills an OpenAPI path template (`/work-orders/{id}/status`) with percent-encoded values, so a
 * value never adds or removes a segment: `a/b` → `a%2Fb`, `WO 17` → `WO%2017`, `50%` → `50%25`.
 */
export const buildPath = (template: string, params: Record<string, string>): string =>
  template
    .split('/')
    .map((segment) => fillSegment(segment, params))
    .join('/');
