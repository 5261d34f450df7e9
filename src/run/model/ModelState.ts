import type { Finding, SentRequest } from '../../core/finding';
import type { Workflow } from '../../workflow';
import type { RunContext } from '../Target';
import type { TransitionCoverage } from './TransitionCoverage';

/** What the model believes about one work order the run created. */
export interface ModelOrder {
  uuid: string;
  woNumber: number;
  status: string;
}

export interface WorkflowModel {
  workflow: Workflow;
  orders: ModelOrder[];
  /** False once the run's work-order budget is spent: creates are then skipped. */
  canCreate: () => boolean;
}

/** One request of a sequence, as the failure report lists it. */
export interface StepRecord {
  step: number;
  command: string;
  request: SentRequest;
  expected: string;
  received: string;
}

/** The real side of a model run: the target, and what this sequence sent. */
export interface WorkflowReal {
  context: RunContext;
  /** Sent as `updated_by_user_id` and `created_by_user_id`. */
  userId: string;
  /** Sent as `component_id` when creating. */
  componentId: string;
  /** Put in every created work order's name, so a run's work orders can be told apart. */
  runTag: string;
  steps: StepRecord[];
  coverage: TransitionCoverage;
}

/** Thrown by a command whose step broke the contract; fast-check then shrinks the sequence. */
export class StepFailure extends Error {
  readonly findings: Finding[];

  constructor(findings: Finding[]) {
    super(findings.map((finding) => `${finding.code}: ${finding.received}`).join('; '));
    this.name = 'StepFailure';
    this.findings = findings;
  }
}
