import fc from 'fast-check';

import { toCanonicalJson } from '../schema/toCanonicalJson';

/** Strings one slip away from a member: wrong case, stray spaces, a cut or added letter. */
const findNearMisses = (member: string): string[] => [
  member.toLowerCase(),
  member.toUpperCase(),
  ` ${member}`,
  `${member} `,
  member.slice(0, -1),
  `${member}S`,
];

/**
 * Values of the members' own types that are not members, so the case is about the enum and
 * not about the type.
 */
export const outsideEnumValueArb = (members: unknown[]): fc.Arbitrary<unknown> => {
  const known = new Set(members.map(toCanonicalJson));
  const isOutside = (value: unknown) => !known.has(toCanonicalJson(value));
  const strings = members.filter((member) => typeof member === 'string');
  const nearMisses = [...new Set(strings.flatMap(findNearMisses))].filter(isOutside);
  const hasNumbers = members.some((member) => typeof member === 'number');

  const arbs: fc.Arbitrary<unknown>[] = [];
  if (nearMisses.length > 0) arbs.push(fc.constantFrom(...nearMisses));
  if (strings.length > 0 || !hasNumbers) arbs.push(fc.string());
  if (hasNumbers) arbs.push(fc.integer());
  return fc.oneof(...arbs).filter(isOutside);
};
