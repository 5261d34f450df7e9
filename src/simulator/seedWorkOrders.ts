import { HarnessError } from '../core/HarnessError';
import type { WorkOrderStore } from './createWorkOrderStore';
import type { WorkOrder } from './WorkOrder';

const findProblem = (
  store: WorkOrderStore,
  statuses: readonly string[],
  workOrder: WorkOrder,
): string | undefined => {
  if (store.findById(workOrder.id) !== undefined) return `id ${workOrder.id} is taken`;
  if (!Number.isInteger(workOrder.wo_number) || workOrder.wo_number < 1) {
    return `wo_number ${workOrder.wo_number} is not a positive integer`;
  }
  if (store.findByNumber(workOrder.wo_number) !== undefined) {
    return `wo_number ${workOrder.wo_number} is taken`;
  }
  if (!statuses.includes(workOrder.status)) return `status ${workOrder.status} is not in the spec`;
  return undefined;
};

/**
 * Adds work orders made "before" a run, as copies, oldest edit first so that the list order
 * follows their last_edited_at. Created work orders then number on from the highest wo_number.
 */
export const seedWorkOrders = (
  store: WorkOrderStore,
  statuses: readonly string[],
  workOrders: readonly WorkOrder[],
): void => {
  const oldestFirst = [...workOrders].sort((a, b) =>
    a.last_edited_at.localeCompare(b.last_edited_at),
  );
  for (const workOrder of oldestFirst) {
    const problem = findProblem(store, statuses, workOrder);
    if (problem !== undefined) {
      throw new HarnessError(
        'SIMULATOR_BAD_SEED',
        `cannot seed work order ${workOrder.wo_number}: ${problem}`,
        'Seed work orders with distinct ids and wo_numbers, in statuses the spec lists.',
      );
    }
    store.add(structuredClone(workOrder));
  }
};
