import { randomUUID } from 'node:crypto';
import { isRecord } from '../../spec/jsonPointer';
import { createLogEntry } from '../createLogEntry';
import type { OperationHandler } from '../SimulatorState';
import type { WorkOrder } from '../WorkOrder';

/** The WorkOrderWrite fields a created work order copies from the request body. */
const writableFields = [
  'name',
  'description',
  'component_id',
  'part_number_id',
  'quantity',
  'created_by_user_id',
  'phase',
  'assignee_user_id',
  'deadline',
] as const;

const pickWritable = (body: unknown): Partial<WorkOrder> => {
  if (!isRecord(body)) return {};
  const entries = writableFields
    .filter((field) => body[field] !== undefined)
    .map((field) => [field, body[field]]);
  return Object.fromEntries(entries) as Partial<WorkOrder>;
};

/** POST /work-orders: a new work order in the workflow's initial status. */
export const createWorkOrder: OperationHandler = (state, request) => {
  const at = state.now();
  const fields = pickWritable(request.body);
  const workOrder: WorkOrder = {
    id: randomUUID(),
    wo_number: state.store.nextNumber(),
    ...fields,
    created_at: at,
    status: state.workflow.initial,
    approvals: {},
    activity_log: [
      createLogEntry({
        type: 'CREATED',
        at,
        message: 'Work order created',
        userId: fields.created_by_user_id,
      }),
    ],
    last_edited_at: at,
    attachments: [],
  };
  state.store.add(workOrder);

  // Fault response-breaks-schema: wo_number goes out as a string, which the schema forbids.
  const broken = state.faults.has('response-breaks-schema');
  const body = broken ? { ...workOrder, wo_number: String(workOrder.wo_number) } : workOrder;
  return { statusCode: 200, body };
};
