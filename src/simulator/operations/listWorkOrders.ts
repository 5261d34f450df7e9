import type { OperationHandler } from '../SimulatorState';

/** GET /work-orders: every work order, most recently edited first. */
export const listWorkOrders: OperationHandler = (state) => ({
  statusCode: 200,
  body: state.store.listByLastEdit().map((entry) => entry.workOrder),
});
