import type { RequestVerdict } from '../oracle/checkRequest';
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
  /** Whether the deviation explains this case, given the harness's verdict on its body. */
  covers(testCase: RequestCase, verdict: RequestVerdict): boolean;
}

const onlyBreaksFormat = (verdict: RequestVerdict, format: string): boolean =>
  verdict.violations.length > 0 &&
  verdict.violations.every(
    (violation) => violation.keyword === 'format' && violation.message.includes(`"${format}"`),
  );

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
  {
    code: 'PRISM_LAX_DATE_TIME',
    target: 'prism-mock',
    description:
      'Prism 5.14 checks date-time with an older ajv-formats that accepts what RFC 3339 §5.6 ' +
      'does not (e.g. an offset of +24:00, or no offset), and answers 2xx.',
    answers: 200,
    covers: (testCase, verdict) =>
      testCase.bodyClass === 'invalid' && onlyBreaksFormat(verdict, 'date-time'),
  },
];

export const findDeviation = (kind: TargetKind, testCase: RequestCase, verdict: RequestVerdict) =>
  knownDeviations.find(
    (deviation) => deviation.target === kind && deviation.covers(testCase, verdict),
  );
