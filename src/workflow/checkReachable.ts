import { findRoutes } from './findRoutes';
import type { WorkflowSource } from './readWorkflowSource';
import type { Workflow } from './Workflow';

/**
 * Fails on the first status (in enum order) that no sequence of moves can reach from `initial`
 * when every rejected move is refused: such a status could never be tested.
 */
export const checkReachable = (source: WorkflowSource, workflow: Workflow): void => {
  const reached = new Set(findRoutes(workflow, (verdict) => verdict !== 'rejected').keys());
  const declared = workflow.table.unreachable ?? [];
  const unreachable = workflow.statuses.find(
    (status) => !reached.has(status) && !declared.includes(status),
  );
  if (unreachable === undefined) return;

  const transitions = source.root.items.find((pair) => String(pair.key) === 'transitions');
  throw source.fail(
    'WORKFLOW_UNREACHABLE',
    transitions?.key ?? source.root,
    'transitions',
    `status '${unreachable}' cannot be reached from ${workflow.initial} through moves that are ` +
      `not rejected (reachable: ${[...reached].join(', ')})`,
    `Mark a move into ${unreachable} from one of those statuses allowed or unknown, set ` +
      `'otherwise: unknown', or list it under 'unreachable:' if the target never gets there.`,
  );
};
