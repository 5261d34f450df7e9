import type { OperationModel } from '../spec/SpecModel';
import { isJsonMediaType, matchMediaType } from './matchMediaType';
import { fromAjvErrors, type Violation } from './Violation';

export interface RequestBodyInput {
  /** The Content-Type header sent, if any. */
  contentType?: string;
  /** The exact body bytes sent, as text; undefined or '' when no body was sent. */
  rawBody?: string;
}

export interface RequestVerdict {
  valid: boolean;
  violations: Violation[];
}

const verdict = (violations: Violation[]): RequestVerdict => ({
  valid: violations.length === 0,
  violations,
});

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

/**
 * Whether a request body conforms to the operation's requestBody, judged on the bytes sent:
 * nothing is coerced or repaired (case C11). An absent body is valid unless the requestBody is
 * `required: true` (OAS 3.1 §4.8.13).
 */
export const checkRequestBody = (operation: OperationModel, input: RequestBodyInput) => {
  const body = operation.requestBody;
  const raw = input.rawBody ?? '';
  if (body === undefined) return verdict([]);
  if (raw === '') {
    const missing = { pointer: '/body', keyword: 'required', message: 'requestBody is required' };
    return verdict(body.required ? [missing] : []);
  }

  const media = matchMediaType(body.content, input.contentType ?? '');
  if (media === undefined) {
    const allowed = body.content.map((entry) => entry.mediaType).join(', ');
    const message = `content type ${input.contentType ?? '(none)'} is not one of: ${allowed}`;
    return verdict([{ pointer: '/headers/content-type', keyword: 'contentType', message }]);
  }
  if (!isJsonMediaType(media.mediaType) || media.validate === undefined) return verdict([]);

  const parsed = parseJson(raw);
  if (!parsed.ok) {
    return verdict([{ pointer: '/body', keyword: 'json', message: 'body is not valid JSON' }]);
  }
  const valid = media.validate(parsed.value);
  return verdict(valid ? [] : fromAjvErrors('/body', media.validate.errors));
};
