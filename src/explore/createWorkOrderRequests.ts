import type { SentRequest } from '../core/finding';
import { HarnessError } from '../core/HarnessError';
import { buildPath } from '../http';
import { workOrderOperations } from '../run/model/workOrderOperations';
import type { SpecModel } from '../spec/SpecModel';

export interface FixtureIds {
  userId: string;
  componentId: string;
}

/** The three requests a try is made of, with method and path read from the spec. */
export interface WorkOrderRequests {
  /** The path of the create operation, which the safety envelope counts work orders by. */
  createPath: string;
  create(name: string): SentRequest;
  move(id: string, status: string): SentRequest;
  retrieve(id: string): SentRequest;
}

const findRoute = (spec: SpecModel, operationId: string) => {
  const operation = spec.findOperation(operationId);
  if (operation !== undefined) {
    return { method: operation.method.toUpperCase(), template: operation.pathTemplate };
  }
  throw new HarnessError(
    'SPEC_MISSING_OPERATION',
    `${spec.path}: no operation ${operationId}; explore creates, moves and reads work orders`,
    `Give the spec the operations ${Object.values(workOrderOperations).join(', ')}.`,
  );
};

/**
 * Requests on work orders of the run's own: every name and comment carries the run tag, so the
 * orders explore leaves behind on a live target can be told apart.
 */
export const createWorkOrderRequests = (
  spec: SpecModel,
  token: string,
  ids: FixtureIds,
  runTag: string,
): WorkOrderRequests => {
  const create = findRoute(spec, workOrderOperations.create);
  const move = findRoute(spec, workOrderOperations.moveStatus);
  const retrieve = findRoute(spec, workOrderOperations.retrieve);
  const headers = { accept: 'application/json', authorization: `Bearer ${token}` };
  const withBody = (body: unknown) => ({
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

  return {
    createPath: create.template,
    create: (name) => ({
      method: create.method,
      path: create.template,
      ...withBody({
        name,
        component_id: ids.componentId,
        quantity: 1,
        created_by_user_id: ids.userId,
      }),
    }),
    move: (id, status) => ({
      method: move.method,
      path: buildPath(move.template, { id }),
      ...withBody({ status, updated_by_user_id: ids.userId, comment: runTag }),
    }),
    retrieve: (id) => ({
      method: retrieve.method,
      path: buildPath(retrieve.template, { id }),
      headers,
    }),
  };
};
