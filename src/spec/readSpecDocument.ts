import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { HarnessError } from '../core/HarnessError';
import { isRecord, toTokens } from './jsonPointer';

export interface SpecDocument {
  path: string;
  /** The document as parsed, never mutated: other steps clone before changing anything. */
  raw: Record<string, unknown>;
  /** `file:line:col` of the node at a JSON pointer, for error messages. */
  locate(pointer: string): string;
}

const readText = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HarnessError(
      'SPEC_UNREADABLE',
      `Cannot read the spec ${path}: ${reason}`,
      'Pass an existing OpenAPI file with --spec, or run from the project folder.',
    );
  }
};

/** Parses YAML or JSON (JSON is YAML) and keeps source positions for error messages. */
export const readSpecDocument = (path: string): SpecDocument => {
  const lineCounter = new LineCounter();
  const document = parseDocument(readText(path), { lineCounter, uniqueKeys: true });

  const [firstError] = document.errors;
  if (firstError !== undefined) {
    const [start] = firstError.pos;
    const { line, col } = lineCounter.linePos(start);
    throw new HarnessError(
      'SPEC_SYNTAX',
      `${path}:${line}:${col}: not valid YAML or JSON: ${firstError.message.split('\n')[0] ?? ''}`,
      'Fix the syntax at that line.',
    );
  }

  const raw: unknown = document.toJS();
  if (!isRecord(raw)) {
    throw new HarnessError(
      'SPEC_NOT_OPENAPI',
      `${path}: the document is not an object`,
      'An OpenAPI document is a mapping with openapi, info and paths.',
    );
  }

  const locate = (pointer: string): string => {
    const node: unknown = document.getIn(toTokens(pointer), true);
    const range = isRecord(node) && Array.isArray(node.range) ? node.range : undefined;
    const start: unknown = range?.[0];
    if (typeof start !== 'number') return path;
    const { line, col } = lineCounter.linePos(start);
    return `${path}:${line}:${col}`;
  };

  return { path, raw, locate };
};
