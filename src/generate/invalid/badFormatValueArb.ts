import fc from 'fast-check';

import { daysInMonth } from '../valid/calendar';
import { datePartsArb, formatDate } from '../valid/dateArb';
import { badDateTimeArb } from './badDateTimeArb';
import { badUuidArb } from './badUuidArb';

const badDateArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    datePartsArb().map((parts) =>
      formatDate({ ...parts, day: daysInMonth(parts.year, parts.month) + 1 }),
    ),
    datePartsArb().map((parts) => formatDate({ ...parts, month: 13 })),
    datePartsArb().map((parts) => `${formatDate(parts)}T00:00:00Z`),
    datePartsArb().map((parts) => formatDate(parts).replace(/-/g, '/')),
    fc.constantFrom('2018-02-30', '18-01-26', '2018-1-5', '20180126', 'today', ''),
  );

/** Not addresses by RFC 5321 nor by ajv-formats; `user@localhost` is left out, being disputed. */
const badEmailArb = (): fc.Arbitrary<string> =>
  fc.constantFrom(
    'plainaddress',
    '@example.com',
    'user@',
    'user@@example.com',
    'user name@example.com',
    'user@example..com',
    '',
  );

const badUriArb = (): fc.Arbitrary<string> =>
  fc.constantFrom('not a uri', 'example.com/path', 'http://exa mple.com', '://no-scheme', '');

const badFormatArbs: Record<string, () => fc.Arbitrary<string>> = {
  uuid: badUuidArb,
  'date-time': badDateTimeArb,
  date: badDateArb,
  email: badEmailArb,
  uri: badUriArb,
};

export const negativeFormats = Object.keys(badFormatArbs);

/** Strings that break a format, or undefined for a format without a negative generator. */
export const badFormatValueArb = (format: string): fc.Arbitrary<string> | undefined =>
  badFormatArbs[format]?.();
