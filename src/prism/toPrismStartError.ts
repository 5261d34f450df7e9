import { HarnessError } from '../core/HarnessError';
import { findMeaningfulLines } from './explainPrismExit';

const TAIL_LINES = 8;

const formatTail = (output: readonly string[]): string => {
  const tail = findMeaningfulLines(output, TAIL_LINES);
  return tail.length === 0
    ? ''
    : `\nLast output from Prism:\n${tail.map((line) => `  ${line}`).join('\n')}`;
};

const fixFor = (address: string, portInUse: boolean): string =>
  portInUse
    ? `Stop whatever listens on ${address}, or choose another port ` +
      '(leave it unset and the harness picks a free one).'
    : 'Make the spec load with `prism mock <spec>`: check the path, the YAML and every $ref.';

export const toPrismStartError = (
  address: string,
  reason: string,
  portInUse: boolean,
  output: readonly string[] = [],
): HarnessError =>
  new HarnessError(
    'PRISM_START_FAILED',
    `Prism could not start on ${address}: ${reason}.${formatTail(output)}`,
    fixFor(address, portInUse),
  );

export const toPrismTimeoutError = (
  address: string,
  timeoutMs: number,
  output: readonly string[],
): HarnessError =>
  new HarnessError(
    'PRISM_START_TIMEOUT',
    `Prism did not answer on ${address} within ${timeoutMs} ms.${formatTail(output)}`,
    'A large spec or a busy machine can need longer: raise the start timeout.',
  );
