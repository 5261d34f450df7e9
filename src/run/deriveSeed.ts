/**
 * A property's own seed, from the run's seed and the property's name (FNV-1a), so adding or
 * reordering properties never changes what another property generates.
 */
export const deriveSeed = (runSeed: number, name: string): number => {
  let hash = 0x811c9dc5 ^ (runSeed | 0);
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
};
