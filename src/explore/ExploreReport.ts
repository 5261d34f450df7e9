import type { CreatedOrder } from '../run/guard/createEnvelope';
import type { TargetKind } from '../run/Target';
import type { BudgetFlag } from './createSender';
import type { WorkflowDiff } from './diffWorkflows';
import type { LearnResult } from './learnTable';

/** A finished run: what was learnt and how it compares. Written whole as explore-report.json. */
export interface ExploreReport {
  command: 'explore';
  target: { kind: TargetKind; description: string; baseUrl: string };
  specPath: string;
  runTag: string;
  tries: number;
  budgets: Record<BudgetFlag, number>;
  /** Work orders the run created, to find (and clean up) on a live target. */
  created: CreatedOrder[];
  startedAt: string;
  durationMs: number;
  learnt: Omit<LearnResult, 'pairs'>;
  diff: WorkflowDiff;
  /** Set when the learnt workflow file does not load as a --workflow, and why. */
  unloadable?: string;
}
