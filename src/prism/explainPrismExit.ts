import type { PrismExit } from './spawnPrism';

export interface PrismExitExplanation {
  reason: string;
  portInUse: boolean;
}

// Prism prints yargs' whole usage text and raw error objects on failure; these lines say nothing.
const NOISE = [
  /^\s*$/,
  /^prism mock <document>$/,
  /^Start a mock server/,
  /^(Positionals|Options):$/,
  /^\s+(-\w, )?--?\w/,
  /\[(string|boolean|number)\]/,
  /^\s{20,}/,
  /^\s*'?\s+at /,
  /^\s+\w+: \[Function/,
  /^\s+(stack|path|name|ioErrorCode): /,
  /^[{}]$/,
];

const isNoise = (line: string): boolean => NOISE.some((pattern) => pattern.test(line));

/** The lines worth showing a person, newest last. */
export const findMeaningfulLines = (lines: readonly string[], count: number): string[] =>
  lines.filter((line) => !isNoise(line)).slice(-count);

const findMessage = (lines: readonly string[]): string | undefined => {
  for (const line of lines) {
    // The error object's `message: 'text \n' +` line, as node's util.inspect prints it.
    const inspected = /^\s*message: ['"](.*?)(\\n)?\s*['"]( \+|,)?$/.exec(line)?.[1];
    if (inspected) return inspected.trim();
  }
  return lines.map((line) => /✖\s+fatal\s+(\S.*)$/.exec(line)?.[1]).find(Boolean);
};

const describeExit = (exit: PrismExit): string => {
  if (exit.signal) return `it was killed by ${exit.signal}`;
  return `it exited with code ${exit.code ?? 'unknown'}`;
};

/** Why Prism exited before it answered, from its own output (exit 1 covers every failure). */
export const explainPrismExit = (
  lines: readonly string[],
  exit: PrismExit,
  port: number,
): PrismExitExplanation => {
  if (lines.some((line) => line.includes('EADDRINUSE'))) {
    return { reason: `port ${port} is already in use`, portInUse: true };
  }
  return { reason: findMessage(lines) ?? describeExit(exit), portInUse: false };
};
