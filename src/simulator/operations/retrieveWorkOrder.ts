import { findWorkOrder } from '../findWorkOrder';
import type { OperationHandler } from '../SimulatorState';

/** GET /work-order/{id}: one work order; 404 (undocumented, empty body) when none matches. */
export const retrieveWorkOrder: OperationHandler = (state, request) => {
  const entry = findWorkOrder(state, request.params.id);
  if (entry === undefined) return { statusCode: 404 };

  // Fault retrieve-stale: the read answers with the status from before the last move.
  const { previousStatus } = entry;
  if (state.faults.has('retrieve-stale') && previousStatus !== undefined) {
    return { statusCode: 200, body: { ...entry.workOrder, status: previousStatus } };
  }
  return { statusCode: 200, body: entry.workOrder };
};
