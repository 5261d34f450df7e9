import { findingCatalogue, type FindingCode, type Severity } from './findingCatalogue';

/** The request as sent, byte for byte where it matters for reproduction. */
export interface SentRequest {
  method: string;
  /** The exact path and query sent on the wire, already percent-encoded. */
  path: string;
  headers: Record<string, string>;
  /** The exact body bytes sent, as text; undefined when no body was sent. */
  body?: string;
}

export interface ReceivedResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface Exchange {
  request: SentRequest;
  response?: ReceivedResponse;
}

/** One finding: data only; rendering happens in the reporters. */
export interface Finding {
  code: FindingCode;
  title: string;
  severity: Severity;
  operationId: string;
  /** What the contract required, in a few words. */
  expected: string;
  /** What was observed, in a few words. */
  received: string;
  /** JSON pointers into the request or response (`/body/status`) that the finding is about. */
  pointers: string[];
  /** JSON pointer into the spec document of the rule relied on. */
  specPointer?: string;
  hint: string;
  exchange?: Exchange;
}

export interface FindingInput {
  operationId: string;
  expected: string;
  received: string;
  pointers?: string[];
  specPointer?: string;
  exchange?: Exchange;
  /** Overrides the catalogue's severity, e.g. when a caller downgrades a known gap. */
  severity?: Severity;
}

export const createFinding = (code: FindingCode, input: FindingInput): Finding => {
  const entry = findingCatalogue[code];
  return {
    code,
    title: entry.title,
    severity: input.severity ?? entry.severity,
    hint: entry.hint,
    operationId: input.operationId,
    expected: input.expected,
    received: input.received,
    pointers: input.pointers ?? [],
    ...(input.specPointer === undefined ? {} : { specPointer: input.specPointer }),
    ...(input.exchange === undefined ? {} : { exchange: input.exchange }),
  };
};

export const isFailing = (finding: Finding): boolean => finding.severity === 'error';
