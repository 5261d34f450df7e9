import { createFinding, type Exchange, type Finding } from '../core/finding';
import type { OperationModel, ResponseModel } from '../spec/SpecModel';
import { documentsNoErrors, findDocumentedResponse } from './findDocumentedResponse';
import { isJsonMediaType, matchMediaType } from './matchMediaType';
import { fromAjvErrors } from './Violation';

export interface ResponseCheckInput {
  operation: OperationModel;
  exchange: Exchange & { response: NonNullable<Exchange['response']> };
  /** Whether a status code is the one the case itself requires (e.g. 401 without a token). */
  isExpectedStatus?: (statusCode: number) => boolean;
}

const checkBody = (input: ResponseCheckInput, documented: ResponseModel): Finding[] => {
  const { operation, exchange } = input;
  const { body, headers } = exchange.response;
  const base = { operationId: operation.operationId, exchange, specPointer: documented.pointer };
  const content = documented.content ?? [];

  // No content, or `content: {}`: no body is promised. A body is allowed but unpromised (C12).
  if (content.length === 0) {
    if (body === '') return [];
    const received = `a ${body.length}-byte body`;
    return [
      createFinding('UNDOCUMENTED_RESPONSE_BODY', { ...base, expected: 'no body', received }),
    ];
  }

  const documentedTypes = content.map((entry) => entry.mediaType).join(', ');
  if (body === '') {
    return [
      createFinding('MISSING_RESPONSE_BODY', {
        ...base,
        expected: documentedTypes,
        received: 'no body',
      }),
    ];
  }

  const contentType = headers['content-type'] ?? '';
  const media = matchMediaType(content, contentType);
  if (media === undefined) {
    const received = contentType === '' ? 'no Content-Type' : contentType;
    return [
      createFinding('RESPONSE_CONTENT_TYPE_MISMATCH', {
        ...base,
        expected: documentedTypes,
        received,
      }),
    ];
  }
  if (!isJsonMediaType(media.mediaType) || media.validate === undefined) return [];

  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    return [
      createFinding('RESPONSE_BODY_NOT_JSON', {
        ...base,
        expected: 'JSON',
        received: body.slice(0, 80),
      }),
    ];
  }
  if (media.validate(value)) return [];

  const violations = fromAjvErrors('/body', media.validate.errors);
  return [
    createFinding('RESPONSE_SCHEMA_MISMATCH', {
      ...base,
      specPointer: media.schemaPointer ?? documented.pointer,
      expected: `a body matching ${media.schemaPointer ?? media.mediaType}`,
      received: violations.map((v) => `${v.pointer} ${v.message}`).join('; '),
      pointers: violations.map((v) => v.pointer),
    }),
  ];
};

/**
 * Response conformance, whatever the request was: no 5xx; the status code is documented; where
 * the spec documents a body, the answer carries a matching one.
 */
export const checkResponse = (input: ResponseCheckInput): Finding[] => {
  const { operation, exchange, isExpectedStatus } = input;
  const { statusCode } = exchange.response;
  const base = { operationId: operation.operationId, exchange };
  const findings: Finding[] = [];

  if (statusCode >= 500) {
    const received = `${statusCode}`;
    findings.push(createFinding('SERVER_ERROR', { ...base, expected: 'no 5xx', received }));
  }

  const documented = findDocumentedResponse(operation, statusCode);
  if (documented !== undefined) return [...findings, ...checkBody(input, documented)];

  const codes = operation.responses.map((response) => response.statusCode).join(', ');
  const specPointer = `${operation.pointer}/responses`;
  // An operation whose docs list no error answers at all is a known spec gap: the right error
  // code there is a warning to document it, not a contract break.
  const isKnownGap = (isExpectedStatus?.(statusCode) ?? false) && documentsNoErrors(operation);
  const code = isKnownGap ? 'UNDOCUMENTED_EXPECTED_STATUS' : 'UNDOCUMENTED_STATUS';
  findings.push(
    createFinding(code, {
      ...base,
      specPointer,
      expected: `one of ${codes}`,
      received: `${statusCode}`,
    }),
  );
  return findings;
};
