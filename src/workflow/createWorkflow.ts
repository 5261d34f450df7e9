import type { TransitionPair, Verdict, Workflow, WorkflowTable } from './Workflow';

const copyTable = (table: WorkflowTable): WorkflowTable => ({
  initial: table.initial,
  transitions: structuredClone(table.transitions),
  otherwise: table.otherwise,
  ...(table.unreachable === undefined ? {} : { unreachable: [...table.unreachable] }),
});

/**
 * A workflow over a checked table. Lookups use own keys only, so a status spelt like an
 * Object.prototype member (`constructor`) cannot pick up an inherited value.
 */
export const createWorkflow = (
  path: string,
  statuses: readonly string[],
  table: WorkflowTable,
): Workflow => {
  const own = copyTable(table);

  const verdict = (from: string, to: string): Verdict => {
    const row = Object.hasOwn(own.transitions, from) ? own.transitions[from] : undefined;
    const listed = row !== undefined && Object.hasOwn(row, to) ? row[to] : undefined;
    return listed ?? own.otherwise;
  };

  const pairs = (): TransitionPair[] =>
    statuses.flatMap((from) => statuses.map((to) => ({ from, to, verdict: verdict(from, to) })));

  return {
    path,
    initial: own.initial,
    statuses: [...statuses],
    get table() {
      return copyTable(own);
    },
    verdict,
    pairs,
  };
};
