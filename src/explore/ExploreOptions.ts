/** Everything a run of explore is told; the entry point fills the defaults. */
export interface ExploreOptions {
  /** `mock`, `simulator`, or the base URL of a live API. */
  target: string;
  specPath: string;
  /** The declared workflow the learnt table is compared with. */
  workflowPath: string;
  /** The workflow the embedded simulator enforces (target `simulator` only). */
  simulateWorkflowPath: string;
  simulateFaults: readonly string[];
  tries: number;
  /** Where the learnt workflow file goes; the report folder when not given. */
  out?: string;
  token?: string;
  userId: string;
  componentId: string;
  maxRequests: number;
  maxOrders: number;
  /** Requests started per second; 0 for no limit. */
  rate: number;
  timeoutMs: number;
  reportDir: string;
  dryRun: boolean;
}
