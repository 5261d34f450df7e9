import type { Verdict, Workflow } from './Workflow';

/**
 * The statuses reachable from `initial` through moves whose verdict `through` accepts, each with
 * the shortest route to it (initial first), in breadth-first order.
 */
export const findRoutes = (
  workflow: Workflow,
  through: (verdict: Verdict) => boolean,
): Map<string, readonly string[]> => {
  const routes = new Map<string, readonly string[]>([[workflow.initial, [workflow.initial]]]);
  // A Map iterates entries added during the loop: `routes` is the breadth-first queue.
  for (const [from, route] of routes) {
    for (const to of workflow.statuses) {
      if (routes.has(to) || !through(workflow.verdict(from, to))) continue;
      routes.set(to, [...route, to]);
    }
  }
  return routes;
};
