import { isSeq } from 'yaml';
import { findRoutes } from './findRoutes';
import { readScalar } from './readScalar';
import type { WorkflowSource } from './readWorkflowSource';
import type { Workflow } from './Workflow';

/** The YAML node of `unreachable[index]`, for the error's position. */
const findEntryNode = (source: WorkflowSource, index: number): unknown => {
  const pair = source.root.items.find((item) => readScalar(item.key) === 'unreachable');
  return isSeq(pair?.value) ? pair.value.items[index] : pair?.key;
};

/**
 * Fails on the first status listed under `unreachable:` that the file itself makes reachable:
 * the initial status, or one that moves declared allowed lead to. Such a file contradicts itself,
 * and every check built on it (explore's diff, the model) would trust the wrong half.
 */
export const checkDeclaredUnreachable = (source: WorkflowSource, workflow: Workflow): void => {
  const routes = findRoutes(workflow, (verdict) => verdict === 'allowed');

  (workflow.table.unreachable ?? []).forEach((status, index) => {
    const entry = `unreachable[${index}]`;
    const node = findEntryNode(source, index);
    if (status === workflow.initial) {
      throw source.fail(
        'WORKFLOW_UNREACHABLE_REACHED',
        node,
        entry,
        `'${status}' is the initial status: every created work order starts there`,
        `Remove ${status} from 'unreachable:', or correct 'initial:'.`,
      );
    }

    const route = routes.get(status);
    if (route === undefined) return;
    const last = route.at(-2) ?? workflow.initial;
    throw source.fail(
      'WORKFLOW_UNREACHABLE_REACHED',
      node,
      entry,
      `'${status}' is declared unreachable, yet moves declared allowed reach it ` +
        `(${route.join(' → ')})`,
      `Remove ${status} from 'unreachable:', or mark ${last} → ${status} rejected or unknown.`,
    );
  });
};
