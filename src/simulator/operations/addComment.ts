import { createLogEntry } from '../createLogEntry';
import { findWorkOrder } from '../findWorkOrder';
import { hasNonAscii } from '../hasNonAscii';
import { readString } from '../readString';
import type { OperationHandler } from '../SimulatorState';

/** POST /work-orders/{id}/comments: appends a COMMENT entry to the activity log. */
export const addComment: OperationHandler = (state, request) => {
  const entry = findWorkOrder(state, request.params.id);
  if (entry === undefined) return { statusCode: 404 };

  const message = readString(request.body, 'comment');
  // Fault server-error-on-input: a non-ASCII character crashes the handler.
  if (state.faults.has('server-error-on-input') && hasNonAscii(message)) return { statusCode: 500 };

  const at = state.now();
  const userId = readString(request.body, 'added_by_user_id');
  entry.workOrder.activity_log.push(createLogEntry({ type: 'COMMENT', at, message, userId }));
  state.store.touch(entry, at);
  return { statusCode: 200, body: entry.workOrder };
};
