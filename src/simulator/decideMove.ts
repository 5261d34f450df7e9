import type { FaultName } from './faultCatalogue';

/** How a status move is answered, and whether the work order changes. */
export interface MoveDecision {
  statusCode: 200 | 400 | 409;
  persist: boolean;
}

const decideRejected = (faults: ReadonlySet<FaultName>): MoveDecision => {
  // Fault illegal-move-accepted: the workflow's refusal is ignored.
  if (faults.has('illegal-move-accepted')) return { statusCode: 200, persist: true };

  // Fault undocumented-status: 409 is not among the operation's documented codes.
  const statusCode = faults.has('undocumented-status') ? 409 : 400;
  // Fault rejected-move-changes-state: the answer refuses, the store applies.
  return { statusCode, persist: faults.has('rejected-move-changes-state') };
};

const decideAllowed = (faults: ReadonlySet<FaultName>, acceptedBefore: number): MoveDecision => {
  // Fault legal-move-rejected: the workflow's permission is ignored.
  if (faults.has('legal-move-rejected')) return { statusCode: 400, persist: false };
  // Fault move-not-persisted: the answer accepts, the store forgets.
  if (faults.has('move-not-persisted')) return { statusCode: 200, persist: false };
  // Fault third-move-not-persisted: as above, but only for the third accepted move.
  const isThird = acceptedBefore === 2;
  if (faults.has('third-move-not-persisted') && isThird) return { statusCode: 200, persist: false };
  return { statusCode: 200, persist: true };
};

/**
 * The answer to a move the workflow allows or rejects (an `unknown` verdict is resolved before),
 * given how many moves on the same work order were accepted before this one.
 */
export const decideMove = (
  verdict: 'allowed' | 'rejected',
  faults: ReadonlySet<FaultName>,
  acceptedBefore: number,
): MoveDecision =>
  verdict === 'rejected' ? decideRejected(faults) : decideAllowed(faults, acceptedBefore);
