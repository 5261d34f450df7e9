import type { WorkOrder } from './WorkOrder';

/** A work order and what the simulator remembers about it beyond the WorkOrder object. */
export interface StoredWorkOrder {
  workOrder: WorkOrder;
  /** The status before the last persisted move: what the retrieve-stale fault answers. */
  previousStatus?: string;
  /** Moves answered 200 so far, persisted or not (the third-move-not-persisted fault counts). */
  acceptedMoves: number;
  /** Rises with every edit; breaks ties between equal last_edited_at values when listing. */
  editOrder: number;
}

export interface WorkOrderStore {
  add(workOrder: WorkOrder): StoredWorkOrder;
  /** The wo_number the next created work order gets: one past the highest so far. */
  nextNumber(): number;
  findById(id: string): StoredWorkOrder | undefined;
  findByNumber(woNumber: number): StoredWorkOrder | undefined;
  /** Marks an edit: sets last_edited_at and moves the work order to the top of the list. */
  touch(entry: StoredWorkOrder, at: string): void;
  /** Most recently edited first, as GET /work-orders answers. */
  listByLastEdit(): StoredWorkOrder[];
  listByNumber(): StoredWorkOrder[];
}

/** The in-memory work orders. UUIDs are compared case-insensitively. */
export const createWorkOrderStore = (): WorkOrderStore => {
  const byId = new Map<string, StoredWorkOrder>();
  const byNumber = new Map<number, StoredWorkOrder>();
  let edits = 0;
  let highestNumber = 0;

  const add = (workOrder: WorkOrder): StoredWorkOrder => {
    edits += 1;
    const entry: StoredWorkOrder = { workOrder, acceptedMoves: 0, editOrder: edits };
    byId.set(workOrder.id.toLowerCase(), entry);
    byNumber.set(workOrder.wo_number, entry);
    highestNumber = Math.max(highestNumber, workOrder.wo_number);
    return entry;
  };

  const touch = (entry: StoredWorkOrder, at: string): void => {
    edits += 1;
    entry.editOrder = edits;
    entry.workOrder.last_edited_at = at;
  };

  const all = () => [...byId.values()];
  return {
    add,
    nextNumber: () => highestNumber + 1,
    findById: (id) => byId.get(id.toLowerCase()),
    findByNumber: (woNumber) => byNumber.get(woNumber),
    touch,
    listByLastEdit: () => all().sort((a, b) => b.editOrder - a.editOrder),
    listByNumber: () => all().sort((a, b) => a.workOrder.wo_number - b.workOrder.wo_number),
  };
};
