import fc from 'fast-check';

type Casing = 'lower' | 'upper' | 'mixed';

const toCase = (uuid: string, casing: Casing, mask: number): string => {
  if (casing === 'lower') return uuid;
  if (casing === 'upper') return uuid.toUpperCase();
  return [...uuid]
    .map((char, index) => ((mask >>> (index % 32)) & 1 ? char.toUpperCase() : char))
    .join('');
};

/**
 * UUIDs in lower, upper and mixed case: RFC 9562 says hex digits are case-insensitive on input,
 * and ajv-formats accepts any case. Includes the nil and max UUIDs.
 */
export const uuidArb = (): fc.Arbitrary<string> => {
  const casedArb = fc
    .tuple(fc.uuid(), fc.constantFrom<Casing>('lower', 'upper', 'mixed'), fc.nat(0xffffffff))
    .map(([uuid, casing, mask]) => toCase(uuid, casing, mask));
  const edgeArb = fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  );
  return fc.oneof({ weight: 9, arbitrary: casedArb }, { weight: 1, arbitrary: edgeArb });
};
