/**
 * The safety envelope refused a request: a budget is spent, or the request would change a work
 * order the run did not create. The run stops; nothing is sent.
 */
export class SafetyError extends Error {
  readonly reason: 'request-budget' | 'order-budget' | 'foreign-id' | 'dry-run';

  constructor(reason: SafetyError['reason'], message: string) {
    super(message);
    this.name = 'SafetyError';
    this.reason = reason;
  }
}

export const isSafetyError = (value: unknown): value is SafetyError => value instanceof SafetyError;
