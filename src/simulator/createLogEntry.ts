import { randomUUID } from 'node:crypto';
import type { ActivityLogEntry } from './WorkOrder';

export interface LogEntryInput {
  type: string;
  at: string;
  message?: string;
  userId?: string;
  data?: unknown;
}

/** An activity_log entry; optional fields are left out rather than sent as null. */
export const createLogEntry = (input: LogEntryInput): ActivityLogEntry => ({
  id: randomUUID(),
  type: input.type,
  added_at: input.at,
  ...(input.message === undefined ? {} : { message: input.message }),
  ...(input.userId === undefined ? {} : { added_by_user_id: input.userId }),
  ...(input.data === undefined ? {} : { data: JSON.stringify(input.data) }),
});
