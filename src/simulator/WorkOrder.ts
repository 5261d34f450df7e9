/** The shapes the simulator stores and answers, as the spec's WorkOrder schema describes them. */

export interface ActivityLogEntry {
  id: string;
  type: string;
  added_at: string;
  message?: string;
  added_by_user_id?: string;
  /** A JSON text, e.g. `{"from":"DRAFT","to":"REVIEW"}` for a status change. */
  data?: string;
}

export interface Approval {
  approver_user_id?: string;
  requested_by_user_id?: string;
  requested_at?: string;
  status?: unknown;
  last_updated_at?: string;
}

export interface Attachment {
  dataset_id?: string;
  value?: string;
  file_name?: string;
  added_at?: string;
  added_by_user_id?: string;
  is_deleted?: boolean;
}

export interface WorkOrder {
  id: string;
  wo_number: number;
  name?: string;
  description?: string;
  component_id?: string;
  part_number_id?: string;
  created_at: string;
  created_by_user_id?: string;
  status: string;
  phase?: string;
  quantity?: number;
  approvals: Record<string, Approval>;
  assignee_user_id?: string;
  deadline?: string;
  activity_log: ActivityLogEntry[];
  last_edited_at: string;
  attachments: Attachment[];
}
