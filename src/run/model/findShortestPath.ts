import type { Workflow } from '../../workflow';

/**
 * The shortest list of statuses leading from `from` to `to` through moves the workflow does not
 * reject (breadth-first), excluding `from`; undefined when `to` cannot be reached.
 */
export const findShortestPath = (
  workflow: Workflow,
  from: string,
  to: string,
): string[] | undefined => {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (current === to) break;
    for (const next of workflow.statuses) {
      if (previous.has(next) || workflow.verdict(current, next) === 'rejected') continue;
      previous.set(next, current);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return undefined;

  const path: string[] = [];
  for (let status = to; status !== from; status = previous.get(status) as string)
    path.unshift(status);
  return path;
};
