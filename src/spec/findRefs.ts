import { isRecord, toPointer } from './jsonPointer';

export interface RefSite {
  /** Pointer of the object holding the `$ref`. */
  pointer: string;
  ref: string;
}

/** Every `$ref` in the document, with where it stands. */
export const findRefs = (root: unknown): RefSite[] => {
  const sites: RefSite[] = [];

  const walk = (value: unknown, tokens: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...tokens, String(index)]));
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.$ref === 'string') sites.push({ pointer: toPointer(tokens), ref: value.$ref });
    for (const [key, child] of Object.entries(value)) walk(child, [...tokens, key]);
  };

  walk(root, []);
  return sites;
};
