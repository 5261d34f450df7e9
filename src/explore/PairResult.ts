/** How one try of a move turned out, judged by the answer and the status read back after it. */
export type TryOutcome =
  /** 2xx, and the work order is now in `to`. */
  | 'accepted'
  /** A refusal (4xx about the move), and the work order stayed in `from`. */
  | 'rejected'
  /** 2xx, but the work order stayed in `from`. */
  | 'not-persisted'
  /** A refusal, but the work order moved to `to` all the same. */
  | 'changed-on-reject'
  /** No answer, a code that says nothing about the move, or a status that is neither. */
  | 'other';

export interface Observation {
  /** 0 when no answer came within --timeout. */
  statusCode: number;
  /** The status GET /work-order/{id} answered after the move; undefined when it could not tell. */
  after?: string;
  outcome: TryOutcome;
  /** The work order the try was made on. */
  workOrderId: string;
  /** Seen while driving a work order to another pair's `from`, not on a try of this pair. */
  duringDrive?: boolean;
}

/** What the tries of a pair say together. */
export type LearntVerdict = 'allowed' | 'rejected' | 'flaky' | 'anomaly' | 'untried';

export type UntriedReason = 'unreachable' | 'budget' | 'setup-failed';

export interface PairResult {
  from: string;
  to: string;
  learnt: LearntVerdict;
  tries: Observation[];
  /** Tries that never reached the move: the work order could not be created or driven. */
  setupFailures: string[];
  untried?: UntriedReason;
}

export const pairKey = (from: string, to: string): string => `${from}\u0000${to}`;
