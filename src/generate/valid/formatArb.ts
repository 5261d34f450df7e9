import fc from 'fast-check';

import { dateArb } from './dateArb';
import { dateTimeArb, timeArb } from './dateTimeArb';
import { uuidArb } from './uuidArb';

const formatArbs: Record<string, () => fc.Arbitrary<string>> = {
  uuid: uuidArb,
  'date-time': dateTimeArb,
  date: dateArb,
  time: timeArb,
  email: () => fc.emailAddress(),
  uri: () => fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostname: () => fc.domain(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  byte: () => fc.base64String(),
};

export const generatedFormats = Object.keys(formatArbs);

/** Strings in a format, or undefined for a format with no generator (free text is used). */
export const formatArb = (format: string): fc.Arbitrary<string> | undefined =>
  formatArbs[format]?.();
