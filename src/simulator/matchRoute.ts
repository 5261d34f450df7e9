import type { OperationModel } from '../spec/SpecModel';

export interface Route {
  operation: OperationModel;
  pattern: RegExp;
  paramNames: string[];
}

export type RouteMatch =
  | { kind: 'matched'; operation: OperationModel; params: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'wrong-method'; allowed: string[] };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape cannot name any work order; kept raw, the lookup answers 404.
    return segment;
  }
};

/** One route per operation; `{name}` matches exactly one non-empty path segment. */
export const createRoute = (operation: OperationModel): Route => {
  const paramNames: string[] = [];
  const source = operation.pathTemplate
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      paramNames.push(name);
      return '([^/]+)';
    })
    .join('');
  return { operation, pattern: new RegExp(`^${source}$`), paramNames };
};

/** The operation a method and request target name; the query string plays no part. */
export const matchRoute = (routes: readonly Route[], method: string, target: string) => {
  const path = target.split('?')[0] ?? '';
  const onPath = routes
    .map((route) => ({ route, match: route.pattern.exec(path) }))
    .filter((candidate) => candidate.match !== null);
  if (onPath.length === 0) return { kind: 'no-path' } satisfies RouteMatch;

  const found = onPath.find(({ route }) => route.operation.method === method.toLowerCase());
  if (found === undefined) {
    const allowed = onPath.map(({ route }) => route.operation.method.toUpperCase());
    return { kind: 'wrong-method', allowed } satisfies RouteMatch;
  }

  const values = (found.match ?? []).slice(1);
  const params = Object.fromEntries(
    found.route.paramNames.map((name, index) => [name, decode(values[index] ?? '')]),
  );
  return { kind: 'matched', operation: found.route.operation, params } satisfies RouteMatch;
};
