import fc from 'fast-check';

import { daysInMonth, padNumber } from '../valid/calendar';
import { formatDate } from '../valid/dateArb';
import {
  dateTimePartsArb,
  formatDateTime,
  formatTime,
  type DateTimeParts,
} from '../valid/dateTimeArb';

type Breakage = (parts: DateTimeParts) => string;

/**
 * Each breaks RFC 3339 section 5.6 in one place. Not used, because ajv-formats 3 accepts them
 * although the ABNF does not: a space separator, `+0100` and `+01` offsets (case C9 (c), (e)).
 * Nor are hour 24, minute 60 or second 60: ajv-formats reads some of them as leap seconds.
 * Lowercase `t` and `z` are valid (section 5.6 note) and may appear where something else breaks.
 */
const breakages: Breakage[] = [
  (parts) => `${formatDate(parts)}${parts.separator}${formatTime(parts)}`,
  (parts) => formatDateTime({ ...parts, day: daysInMonth(parts.year, parts.month) + 1 }),
  (parts) => formatDateTime({ ...parts, day: 0 }),
  (parts) => formatDateTime({ ...parts, month: 13 }),
  (parts) => formatDateTime({ ...parts, month: 0 }),
  (parts) => formatDateTime({ ...parts, offset: '+24:00' }),
  (parts) => formatDateTime(parts).slice(2),
  (parts) => formatDateTime(parts).replace(/-/g, '/'),
  (parts) => `${formatDate(parts)}${parts.separator}${padNumber(parts.hour, 2)}:00${parts.offset}`,
  (parts) => `${formatDateTime({ ...parts, fraction: '' }).slice(0, 19)}.${parts.offset}`,
  (parts) => formatDate(parts),
  (parts) => `${formatTime(parts)}${parts.offset}`,
];

/** Known counter-examples from bug reports: C9 (a) and (f), and plain garbage. */
const samples = [
  '2018-01-26T00:18:49.000',
  '2018-01-26T00:18:49',
  '2018-02-30T00:00:00Z',
  '2019-02-29T12:00:00Z',
  'yesterday',
  'not-a-date-time',
  '',
];

/** Strings that are not RFC 3339 date-times, by the RFC and by ajv-formats alike. */
export const badDateTimeArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(dateTimePartsArb(), fc.constantFrom(...breakages))
      .map(([parts, breakIt]) => breakIt(parts)),
    fc.constantFrom(...samples),
  );
