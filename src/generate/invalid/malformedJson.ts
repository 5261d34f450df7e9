import fc from 'fast-check';

import type { KindGenerator } from './KindGenerator';

interface Breakage {
  name: string;
  apply: (json: string) => string;
}

/** Each turns JSON text into text that RFC 8259 does not allow; the caller drops any that parse. */
const breakages: Breakage[] = [
  { name: 'truncated', apply: (json) => (json.length > 1 ? json.slice(0, -1) : `${json}{`) },
  {
    name: 'trailing comma',
    apply: (json) => (json.endsWith('}') ? `${json.slice(0, -1)},}` : `[${json},]`),
  },
  {
    name: 'single quotes',
    apply: (json) => (json.includes('"') ? json.replace(/"/g, "'") : `{'':${json}}`),
  },
  { name: 'unquoted key', apply: (json) => `{key:${json}}` },
  { name: 'comment', apply: (json) => `/* comment */${json}` },
  { name: 'NaN literal', apply: (json) => `[${json},NaN]` },
];

/** Bytes that do not parse as JSON, made from a valid body so the rest looks plausible. */
export const malformedJson: KindGenerator = {
  findTargets: () => [''],

  caseArb: (_target, input) =>
    fc.tuple(input.validBodyArb(), fc.constantFrom(...breakages)).map(([body, breakage]) => ({
      kind: 'malformed-json' as const,
      rule: `body is not valid JSON (${breakage.name})`,
      pointer: '',
      contentType: input.contentType,
      rawBody: breakage.apply(JSON.stringify(body)),
    })),
};
