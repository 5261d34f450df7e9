import type { Workflow } from '../workflow/Workflow';
import type { WorkOrderStore } from './createWorkOrderStore';
import type { FaultName } from './faultCatalogue';

/** Everything an operation handler may read or change. */
export interface SimulatorState {
  workflow: Workflow;
  faults: ReadonlySet<FaultName>;
  /** How a move the workflow calls `unknown` is answered. */
  unknownVerdict: 'allowed' | 'rejected';
  store: WorkOrderStore;
  /** The current time as RFC 3339 (`2024-05-01T12:00:00.000Z`). */
  now(): string;
}

/** What the simulator answers: no `body` means an empty body and no Content-Type. */
export interface Answer {
  statusCode: number;
  /** Sent as JSON with `Content-Type: application/json`. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface OperationRequest {
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** The parsed JSON body; `{}` when none was sent. Already valid against the spec. */
  body: unknown;
}

export type OperationHandler = (state: SimulatorState, request: OperationRequest) => Answer;
