import { checkRequestBody } from '../oracle/checkRequest';
import type { Violation } from '../oracle/Violation';
import { isAuthorized } from './isAuthorized';
import { matchRoute, type Route } from './matchRoute';
import { addComment } from './operations/addComment';
import { createWorkOrder } from './operations/createWorkOrder';
import { listWorkOrders } from './operations/listWorkOrders';
import { moveStatus } from './operations/moveStatus';
import { retrieveWorkOrder } from './operations/retrieveWorkOrder';
import type { Answer, OperationHandler, SimulatorState } from './SimulatorState';

export interface IncomingRequest {
  method: string;
  /** The request target as received: path and query. */
  target: string;
  authorization?: string | undefined;
  contentType?: string | undefined;
  rawBody: string;
}

export interface SimulatorContext extends SimulatorState {
  routes: readonly Route[];
  token: string;
}

const handlers = new Map<string, OperationHandler>([
  ['get-work-orders', listWorkOrders],
  ['post-work-orders', createWorkOrder],
  ['get-work-order-id', retrieveWorkOrder],
  ['patch-work-orders-id-state', moveStatus],
  ['post-work-orders-id-comments', addComment],
]);

/** The operations the simulator implements, by operationId. */
export const simulatedOperationIds = [...handlers.keys()];

const isStatusEnumViolation = (violation: Violation): boolean =>
  violation.pointer === '/body/status' && violation.keyword === 'enum';

const parseBody = (rawBody: string): unknown => {
  if (rawBody === '') return {};
  try {
    return JSON.parse(rawBody) as unknown;
  } catch {
    return undefined;
  }
};

/** One request through the pipeline: route, auth, body validation, then the operation. */
export const answerRequest = (context: SimulatorContext, request: IncomingRequest): Answer => {
  const route = matchRoute(context.routes, request.method, request.target);
  if (route.kind === 'no-path') return { statusCode: 404 };
  if (route.kind === 'wrong-method') {
    return { statusCode: 405, headers: { allow: route.allowed.join(', ') } };
  }
  const { operation, params } = route;

  // Fault ignore-auth: every request passes as if it carried the right token.
  const authorized = isAuthorized(operation, request.authorization, context.token);
  if (!authorized && !context.faults.has('ignore-auth')) return { statusCode: 401 };

  const { contentType, rawBody } = request;
  const { valid, violations } = checkRequestBody(operation, { contentType, rawBody });
  // Fault accept-outside-enum: a status outside the enum gets past validation.
  const tolerated =
    context.faults.has('accept-outside-enum') && violations.every(isStatusEnumViolation);
  if (!valid && !tolerated) return { statusCode: 400 };

  const handler = handlers.get(operation.operationId);
  // An operation the spec gained but the simulator does not implement yet.
  if (handler === undefined) return { statusCode: 501 };
  return handler(context, { params, body: parseBody(rawBody) });
};
