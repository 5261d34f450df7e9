import fc from 'fast-check';

import { uuidArb } from '../valid/uuidArb';

type Breakage = (uuid: string) => string;

/** Each breaks the RFC 9562 string form once. The `urn:uuid:` prefix is not among them. */
const breakages: Breakage[] = [
  (uuid) => uuid.slice(0, -1),
  (uuid) => `${uuid}0`,
  (uuid) => uuid.replace(/-/g, ''),
  (uuid) => `{${uuid}}`,
  (uuid) => `${uuid.slice(0, -1)}g`,
  (uuid) => uuid.replace('-', '_'),
  (uuid) => ` ${uuid}`,
];

const samples = [
  'not-a-uuid',
  '',
  '123',
  'ff74beb8-f6c2-4202-b886',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
];

/** Strings that are not UUIDs: wrong lengths, non-hex digits, missing or extra punctuation. */
export const badUuidArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(uuidArb(), fc.constantFrom(...breakages)).map(([uuid, breakIt]) => breakIt(uuid)),
    fc.constantFrom(...samples),
  );
