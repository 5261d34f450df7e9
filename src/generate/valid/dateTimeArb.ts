import fc from 'fast-check';

import { padNumber } from './calendar';
import { datePartsArb, formatDate, type DateParts } from './dateArb';

export interface DateTimeParts extends DateParts {
  hour: number;
  minute: number;
  second: number;
  /** Digits after the decimal point, '' for none. */
  fraction: string;
  separator: 'T' | 't';
  /** `Z`, `z` or `±hh:mm`. */
  offset: string;
}

const offsetArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Z', 'z') },
  { weight: 1, arbitrary: fc.constantFrom('+00:00', '-00:00', '+05:30', '-08:00', '+14:00') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('+', '-'),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
      )
      .map(([sign, hours, minutes]) => `${sign}${padNumber(hours, 2)}:${padNumber(minutes, 2)}`),
  },
);

export const dateTimePartsArb = (): fc.Arbitrary<DateTimeParts> =>
  fc
    .record({
      date: datePartsArb(),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,9}$/)),
      separator: fc.oneof({ weight: 5, arbitrary: fc.constant<'T'>('T') }, fc.constant<'t'>('t')),
      offset: offsetArb,
    })
    .map(({ date, ...time }) => ({ ...date, ...time }));

export const formatTime = (parts: DateTimeParts): string => {
  const fraction = parts.fraction === '' ? '' : `.${parts.fraction}`;
  const clock = [parts.hour, parts.minute, parts.second].map((n) => padNumber(n, 2)).join(':');
  return `${clock}${fraction}`;
};

export const formatDateTime = (parts: DateTimeParts): string =>
  `${formatDate(parts)}${parts.separator}${formatTime(parts)}${parts.offset}`;

/** `Date.toISOString()` writes RFC 3339 only for years 0000-9999 (C16). */
const isoDateArb = fc
  .date({
    noInvalidDate: true,
    min: new Date('0000-01-01T00:00:00.000Z'),
    max: new Date('9999-12-31T23:59:59.999Z'),
  })
  .map((date) => date.toISOString());

/**
 * RFC 3339 `date-time` strings (section 5.6): days that exist, fractions, `Z`, numeric offsets,
 * and the lowercase `t` and `z` the RFC allows (section 5.6, note on case).
 */
export const dateTimeArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: dateTimePartsArb().map(formatDateTime) },
    { weight: 1, arbitrary: isoDateArb },
  );

/** RFC 3339 `full-time` strings. */
export const timeArb = (): fc.Arbitrary<string> =>
  dateTimePartsArb().map((parts) => `${formatTime(parts)}${parts.offset}`);
