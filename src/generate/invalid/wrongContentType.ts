import type { KindGenerator } from './KindGenerator';

const sentAs = 'text/plain';

/** A valid body labelled `text/plain`: only the media type is wrong. */
export const wrongContentType: KindGenerator = {
  findTargets: () => [''],

  caseArb: (_target, input) =>
    input.validBodyArb().map((body) => ({
      kind: 'wrong-content-type',
      rule: `valid body sent as ${sentAs}; the operation accepts ${input.contentType}`,
      pointer: '',
      contentType: sentAs,
      rawBody: JSON.stringify(body),
    })),
};
