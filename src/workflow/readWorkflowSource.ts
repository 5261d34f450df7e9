import { readFileSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { HarnessError } from '../core/HarnessError';

/** A parsed workflow file that can still say where each node stands. */
export interface WorkflowSource {
  path: string;
  root: YAMLMap;
  /** `file:line:col` of a YAML node; the file's start when the node has no position. */
  locate(node: unknown): string;
  /** A HarnessError whose message reads `file:line:col: entry: problem`. */
  fail(code: string, node: unknown, entry: string, problem: string, fix: string): HarnessError;
}

const readText = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HarnessError(
      'WORKFLOW_UNREADABLE',
      `Cannot read the workflow ${path}: ${reason}`,
      'Pass an existing file with --workflow, e.g. contracts/workflow.strict.yaml.',
    );
  }
};

const startOf = (node: unknown): number | undefined => {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const { range } = node;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
};

/** Reads a workflow file, keeping node positions so every error can name its line. */
export const readWorkflowSource = (path: string): WorkflowSource => {
  const lineCounter = new LineCounter();
  const document = parseDocument(readText(path), { lineCounter, uniqueKeys: true });

  const locate = (node: unknown): string => {
    const { line, col } = lineCounter.linePos(startOf(node) ?? 0);
    return `${path}:${line}:${col}`;
  };
  const fail = (code: string, node: unknown, entry: string, problem: string, fix: string) =>
    new HarnessError(code, `${locate(node)}: ${entry}: ${problem}`, fix);

  const [syntaxError] = document.errors;
  if (syntaxError !== undefined) {
    const { line, col } = lineCounter.linePos(syntaxError.pos[0]);
    // yaml appends its own ' at line L, column C:' to the first line; the prefix says it already.
    const reason = (syntaxError.message.split('\n')[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    throw new HarnessError(
      'WORKFLOW_SYNTAX',
      `${path}:${line}:${col}: not valid YAML: ${reason}`,
      'Fix the syntax at that line.',
    );
  }

  const root = document.contents;
  if (!isMap(root)) {
    throw fail(
      'WORKFLOW_NOT_MAPPING',
      root,
      '(document)',
      'a workflow is a mapping',
      'Write the keys initial, transitions and otherwise (see contracts/workflow.strict.yaml).',
    );
  }
  return { path, root, locate, fail };
};
