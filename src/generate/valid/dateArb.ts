import fc from 'fast-check';

import { daysInMonth, padNumber } from './calendar';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Years RFC 3339 can write: four digits. Mostly near today, sometimes anywhere in 0000-9999. */
const yearArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1970, max: 2100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
);

/** Calendar dates that exist: the day is clamped to the month's length, never rolled over. */
export const datePartsArb = (): fc.Arbitrary<DateParts> =>
  fc
    .record({
      year: yearArb,
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

export const formatDate = ({ year, month, day }: DateParts): string =>
  `${padNumber(year, 4)}-${padNumber(month, 2)}-${padNumber(day, 2)}`;

/** RFC 3339 `full-date` strings. */
export const dateArb = (): fc.Arbitrary<string> => datePartsArb().map(formatDate);
