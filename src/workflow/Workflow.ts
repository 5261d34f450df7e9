/** What a workflow expects of one status move. */
export type Verdict = 'allowed' | 'rejected' | 'unknown';

export const verdicts: readonly Verdict[] = ['allowed', 'rejected', 'unknown'];

export const isVerdict = (value: unknown): value is Verdict =>
  typeof value === 'string' && (verdicts as readonly string[]).includes(value);

/** The shape of a workflow file: the listed pairs, and one verdict for every pair not listed. */
export interface WorkflowTable {
  initial: string;
  /** `transitions[from][to]`; a same-status pair (DRAFT → DRAFT) is an ordinary pair. */
  transitions: Record<string, Record<string, Verdict>>;
  otherwise: Verdict;
  /**
   * Statuses the file states cannot be reached from `initial` (as explore observes on a target
   * that never lets a work order get there); exempt from the reachability check.
   */
  unreachable?: string[];
}

export interface TransitionPair {
  from: string;
  to: string;
  verdict: Verdict;
}

export interface Workflow {
  /** The file the workflow was read from, as given; `(memory)` for a table built in code. */
  path: string;
  initial: string;
  /** The spec's status enum, in the spec's order. */
  statuses: readonly string[];
  table: WorkflowTable;
  verdict(from: string, to: string): Verdict;
  /** Every (from, to) pair of statuses, same-status pairs included, in the enum's order. */
  pairs(): TransitionPair[];
}
