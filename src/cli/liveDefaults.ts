/** Defaults for a run against a live target: gentle, bounded, and enough to find something. */
export const liveDefaults = {
  runs: 20,
  maxRequests: 3000,
  maxOrders: 40,
  rate: 20,
  timeoutMs: 10_000,
  maxCommands: 12,
  /** Valid creates per run of the create property: each one leaves a work order behind. */
  maxCreateCases: 5,
} as const;
