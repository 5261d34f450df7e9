import { join } from 'node:path';
import { createRoute, matchRoute, type Route } from '../../../src/simulator/matchRoute';
import { loadSpec } from '../../../src/spec/loadSpec';

const specPath = join(__dirname, '..', '..', '..', 'spec', 'serial-work-orders.openapi.yaml');

describe('matchRoute', () => {
  let routes: Route[];

  beforeAll(async () => {
    routes = (await loadSpec(specPath)).operations.map(createRoute);
  });

  it('finds the operation and decodes the path parameter, ignoring the query', () => {
    const match = matchRoute(routes, 'PATCH', '/work-orders/a%2Fb/status?x=1');

    expect(match).toMatchObject({
      kind: 'matched',
      operation: { operationId: 'patch-work-orders-id-state' },
      params: { id: 'a/b' },
    });
  });

  it('keeps the singular /work-order/{id} apart from the plural collection', () => {
    expect(matchRoute(routes, 'GET', '/work-order/7')).toMatchObject({
      operation: { operationId: 'get-work-order-id' },
    });
    expect(matchRoute(routes, 'GET', '/work-orders/7')).toEqual({ kind: 'no-path' });
  });

  it('lists the allowed methods when the path exists but the method does not', () => {
    expect(matchRoute(routes, 'PUT', '/work-orders')).toEqual({
      kind: 'wrong-method',
      allowed: ['GET', 'POST'],
    });
  });

  it('keeps a malformed escape as it came, for the lookup to refuse', () => {
    expect(matchRoute(routes, 'GET', '/work-order/%E0%A4%A')).toMatchObject({
      params: { id: '%E0%A4%A' },
    });
  });
});
