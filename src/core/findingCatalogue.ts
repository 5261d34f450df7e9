/**
 * Every kind of finding the harness can report. The code is stable: reports, tests and CI
 * filters key on it; the title and hint are for people.
 */
export const findingCatalogue = {
  UNDOCUMENTED_STATUS: {
    title: 'Status code not documented for the operation',
    severity: 'error',
    hint: 'Document the status code in the spec, or fix the server to answer a documented one.',
  },
  UNDOCUMENTED_EXPECTED_STATUS: {
    title: 'Expected status code is not documented for the operation',
    severity: 'warning',
    hint: 'The answer is right for the request, but the spec should document it (a spec gap).',
  },
  SERVER_ERROR: {
    title: 'Server error',
    severity: 'error',
    hint: 'A 5xx answer means the server failed on this input; reproduce it with the curl line.',
  },
  UNEXPECTED_STATUS: {
    title: 'Status code differs from what the contract requires',
    severity: 'error',
    hint: 'Compare the request with the rule it exercises; the expected code comes from the spec.',
  },
  RESPONSE_SCHEMA_MISMATCH: {
    title: 'Response body does not match the documented schema',
    severity: 'error',
    hint: 'The pointers show which part of the body breaks which schema keyword.',
  },
  RESPONSE_CONTENT_TYPE_MISMATCH: {
    title: 'Response content type is not one the spec documents',
    severity: 'error',
    hint: 'Answer with a documented media type, or document the one sent.',
  },
  RESPONSE_BODY_NOT_JSON: {
    title: 'Response body is not valid JSON',
    severity: 'error',
    hint: 'The spec documents a JSON body; the bytes received do not parse.',
  },
  UNDOCUMENTED_RESPONSE_BODY: {
    title: 'Body present where the spec documents none',
    severity: 'warning',
    hint: 'OpenAPI does not forbid it, but clients cannot rely on it: document the body.',
  },
  MISSING_RESPONSE_BODY: {
    title: 'Documented response body is missing',
    severity: 'error',
    hint: 'The spec documents a body for this status code; the answer had none.',
  },
  ORACLE_DISAGREEMENT: {
    title: "Prism's validation disagrees with the harness's oracle",
    severity: 'error',
    hint: 'One of the two validators is wrong about this request; the details say which said what.',
  },
  GENERATOR_INVARIANT: {
    title: 'Generated case does not have the class it was generated for',
    severity: 'error',
    hint: 'A harness bug: a "valid" case fails the oracle, or an "invalid" one passes it.',
  },
  TRANSITION_NOT_PERSISTED: {
    title: 'Status move answered as accepted but not persisted',
    severity: 'error',
    hint: 'Read the work order back after the move: its status should be the new one.',
  },
  REJECTED_MOVE_CHANGED_STATE: {
    title: 'Rejected status move changed the work order',
    severity: 'error',
    hint: 'A 4xx answer must leave the work order as it was.',
  },
  STATE_MISMATCH: {
    title: 'Work order state differs from the model',
    severity: 'error',
    hint: 'The model follows the workflow file; the target holds a different status.',
  },
  ID_FORMS_DISAGREE: {
    title: 'UUID and wo_number reach different work orders',
    severity: 'error',
    hint: 'Both id forms must map to the same work order.',
  },
  REQUEST_FAILED: {
    title: 'Request could not be completed',
    severity: 'error',
    hint: 'The target closed the connection, timed out or sent an unreadable answer.',
  },
} as const;

export type FindingCode = keyof typeof findingCatalogue;
export type Severity = 'error' | 'warning';

export const findingCodes = Object.keys(findingCatalogue) as FindingCode[];
