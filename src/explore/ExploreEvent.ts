import type { BudgetFlag } from './createSender';
import type { PairResult } from './PairResult';

/** What the learner reports while it runs; the entry point renders these as progress lines. */
export type ExploreEvent =
  | { kind: 'initial'; status: string }
  /** `route` runs from the initial status to `status` along moves accepted on every try. */
  | { kind: 'reached'; status: string; route: readonly string[] }
  | { kind: 'pair'; pair: PairResult; done: number; total: number }
  | { kind: 'budget'; flag: BudgetFlag; sent: number };
