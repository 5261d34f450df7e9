import type { ReceivedResponse } from '../../core/finding';
import { isRecord } from '../../spec/jsonPointer';

export interface WorkOrderView {
  id?: string;
  woNumber?: number;
  status?: string;
}

/** The fields the model compares, read from a WorkOrder body; missing fields stay undefined. */
export const readWorkOrder = (response: ReceivedResponse): WorkOrderView => {
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return {};
  }
  if (!isRecord(body)) return {};
  return {
    ...(typeof body.id === 'string' ? { id: body.id } : {}),
    ...(typeof body.wo_number === 'number' ? { woNumber: body.wo_number } : {}),
    ...(typeof body.status === 'string' ? { status: body.status } : {}),
  };
};
