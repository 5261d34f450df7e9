import { checkDeclaredUnreachable } from './checkDeclaredUnreachable';
import { checkReachable } from './checkReachable';
import { createWorkflow } from './createWorkflow';
import { readWorkflowSource } from './readWorkflowSource';
import { readWorkflowTable } from './readWorkflowTable';
import type { Workflow } from './Workflow';

/**
 * Loads a workflow file (`initial`, `transitions`, `otherwise`) against the spec's statuses
 * (see findStatuses). Every problem is a HarnessError reading `file:line:col: entry: problem`,
 * with a fix.
 */
export const loadWorkflow = (path: string, statuses: readonly string[]): Workflow => {
  const source = readWorkflowSource(path);
  const table = readWorkflowTable(source, statuses);
  const workflow = createWorkflow(path, statuses, table);
  checkDeclaredUnreachable(source, workflow);
  checkReachable(source, workflow);
  return workflow;
};
