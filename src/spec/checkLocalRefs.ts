import { HarnessError } from '../core/HarnessError';
import { findRefs } from './findRefs';
import { getAtPointer } from './jsonPointer';
import type { SpecDocument } from './readSpecDocument';

/**
 * Fails on the first `$ref` inside the document that points nowhere. swagger-parser reports
 * these too, but without saying where the broken `$ref` stands; this names the line.
 */
export const checkLocalRefs = (spec: SpecDocument): void => {
  for (const site of findRefs(spec.raw)) {
    if (!site.ref.startsWith('#')) continue;

    const target = decodeURIComponent(site.ref.slice(1));
    if (getAtPointer(spec.raw, target) !== undefined) continue;

    throw new HarnessError(
      'SPEC_BROKEN_REF',
      `${spec.locate(`${site.pointer}/$ref`)}: $ref '${site.ref}' at ${site.pointer} points to nothing`,
      'Correct the $ref (names are case-sensitive) or add the component it names.',
    );
  }
};
