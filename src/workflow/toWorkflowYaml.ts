import { Document, isMap, isSeq } from 'yaml';
import type { WorkflowTable } from './Workflow';

/**
 * A table as a workflow file, one flow mapping per from-status as in the shipped contracts.
 * `comment` (may span lines) goes on top, e.g. where and when a learnt table was observed.
 * loadWorkflow reads the text back to the same verdicts.
 */
export const toWorkflowYaml = (table: WorkflowTable, comment?: string): string => {
  const document = new Document({
    initial: table.initial,
    transitions: table.transitions,
    otherwise: table.otherwise,
    ...(table.unreachable === undefined || table.unreachable.length === 0
      ? {}
      : { unreachable: table.unreachable }),
  });

  const unreachable = document.get('unreachable', true);
  if (isSeq(unreachable)) unreachable.flow = true;
  const transitions = document.get('transitions', true);
  if (isMap(transitions)) {
    for (const pair of transitions.items) {
      if (isMap(pair.value)) pair.value.flow = true;
    }
  }
  if (comment !== undefined && comment !== '') {
    document.commentBefore = comment
      .split('\n')
      .map((line) => (line === '' ? '' : ` ${line}`))
      .join('\n');
  }

  return document.toString({ lineWidth: 0 });
};
