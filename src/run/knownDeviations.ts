import type { RequestCase } from './RequestCase';
import type { TargetKind } from './Target';

/**
 * Known ways a target departs from the spec that the harness cannot fix and should not hide.
 * A case a deviation covers is still sent and checked; a mismatch it explains is counted and
 * reported under the deviation's code instead of failing the run.
 */
export interface KnownDeviation {
  code: string;
  target: TargetKind;
  description: string;
  /** The status the target answers instead. */
  answers: number;
  covers(testCase: RequestCase): boolean;
}

export const knownDeviations: readonly KnownDeviation[] = [
  {
    code: 'PRISM_NULL_BODY_IS_NO_BODY',
    target: 'prism-mock',
    description:
      'Prism 5.14 treats a JSON `null` body as an absent body and answers 200, although `null` ' +
      'does not match an object schema.',
    answers: 200,
    covers: (testCase) => testCase.bodyClass === 'invalid' && testCase.rawBody?.trim() === 'null',
  },
];

export const findDeviation = (kind: TargetKind, testCase: RequestCase) =>
  knownDeviations.find((deviation) => deviation.target === kind && deviation.covers(testCase));
