import type { TryOutcome } from './PairResult';

// These speak of the credentials, the id or the load, not of the move: never a workflow refusal.
const notAboutTheMove = new Set([401, 403, 404, 408, 429]);

const isSuccess = (statusCode: number): boolean => statusCode >= 200 && statusCode < 300;

/** A 4xx that refuses the move itself (the API documents 400 for a move it does not allow). */
export const isRefusal = (statusCode: number): boolean =>
  statusCode >= 400 && statusCode < 500 && !notAboutTheMove.has(statusCode);

/**
 * Judges one PATCH of `from` → `to` by its code and the status read back afterwards. A
 * same-status pair cannot show a change, so staying in `from` is what both answers predict.
 */
export const classifyTry = (
  from: string,
  to: string,
  statusCode: number,
  after: string | undefined,
): TryOutcome => {
  if (after === undefined) return 'other';

  if (isSuccess(statusCode)) {
    if (after === to) return 'accepted';
    return after === from ? 'not-persisted' : 'other';
  }
  if (isRefusal(statusCode)) {
    if (after === from) return 'rejected';
    return after === to ? 'changed-on-reject' : 'other';
  }
  return 'other';
};
