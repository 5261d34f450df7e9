import { isRecord } from '../../spec/jsonPointer';
import { createLogEntry } from '../createLogEntry';
import type { StoredWorkOrder } from '../createWorkOrderStore';
import { decideMove } from '../decideMove';
import { findWorkOrder } from '../findWorkOrder';
import { hasNonAscii } from '../hasNonAscii';
import { readString } from '../readString';
import type { OperationHandler, SimulatorState } from '../SimulatorState';

interface Move {
  to: string;
  userId?: string;
  comment?: string;
}

const resolveVerdict = (state: SimulatorState, from: string, to: string) => {
  const verdict = state.workflow.verdict(from, to);
  return verdict === 'unknown' ? state.unknownVerdict : verdict;
};

const applyMove = (state: SimulatorState, entry: StoredWorkOrder, move: Move): void => {
  const at = state.now();
  const { workOrder } = entry;
  const from = workOrder.status;
  const message = move.comment ?? `Status changed from ${from} to ${move.to}`;
  const data = { from, to: move.to };

  entry.previousStatus = from;
  workOrder.status = move.to;
  workOrder.activity_log.push(
    createLogEntry({ type: 'STATUS_CHANGED', at, message, userId: move.userId, data }),
  );
  state.store.touch(entry, at);
};

/**
 * PATCH /work-orders/{id}/status: the workflow decides. Its documented answers carry no body.
 * An absent body passes the oracle (the requestBody is not `required`) but names no status: 400.
 */
export const moveStatus: OperationHandler = (state, request) => {
  const { body } = request;
  if (!isRecord(body) || body.status === undefined) return { statusCode: 400 };

  const entry = findWorkOrder(state, request.params.id);
  // Fault wrong-code-unknown-id: an unknown id reads as a bad request.
  if (entry === undefined) {
    return { statusCode: state.faults.has('wrong-code-unknown-id') ? 400 : 404 };
  }

  const to = readString(body, 'status');
  // Reached only under the accept-outside-enum fault: validation refuses such a status.
  if (to === undefined || !state.workflow.statuses.includes(to)) return { statusCode: 200 };

  const comment = readString(body, 'comment');
  // Fault server-error-on-input: a non-ASCII character crashes the handler.
  if (state.faults.has('server-error-on-input') && hasNonAscii(comment)) return { statusCode: 500 };

  const verdict = resolveVerdict(state, entry.workOrder.status, to);
  const decision = decideMove(verdict, state.faults, entry.acceptedMoves);
  if (decision.statusCode === 200) entry.acceptedMoves += 1;
  if (decision.persist) {
    applyMove(state, entry, { to, comment, userId: readString(body, 'updated_by_user_id') });
  }
  return { statusCode: decision.statusCode };
};
