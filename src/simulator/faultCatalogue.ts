/**
 * Seeded faults: each breaks one behaviour of the simulator on purpose, so that a test can show
 * the harness notices. The hooks sit beside the behaviour they break, each marked `Fault <name>`.
 */
export const faultCatalogue = {
  'accept-outside-enum': 'A status that is not in the spec enum answers 200 (nothing changes).',
  'ignore-auth': 'A missing or wrong bearer token is accepted.',
  'wrong-code-unknown-id': 'PATCH status on an unknown id answers 400 instead of 404.',
  'move-not-persisted': 'An allowed move answers 200 but the status stays.',
  'illegal-move-accepted': 'A rejected move (e.g. COMPLETE → DRAFT) answers 200 and is applied.',
  'legal-move-rejected': 'An allowed move (e.g. REVIEW → PRODUCTION) answers 400.',
  'server-error-on-input': 'A comment with a non-ASCII character answers 500.',
  'undocumented-status': 'A rejected move answers 409, a code the spec does not document.',
  'response-breaks-schema': 'Create answers wo_number as a string, against the schema.',
  'rejected-move-changes-state': 'A rejected move answers 400 but is applied.',
  'id-forms-disagree': 'wo_number n reaches work order n + 1 when there is one.',
  'third-move-not-persisted':
    'The third accepted move on a work order answers 200 but is not persisted.',
  'retrieve-stale': 'GET /work-order/{id} answers the status from before the last move.',
} as const;

export type FaultName = keyof typeof faultCatalogue;

export const faultNames = Object.keys(faultCatalogue) as FaultName[];

export const isFaultName = (value: unknown): value is FaultName =>
  typeof value === 'string' && Object.hasOwn(faultCatalogue, value);
