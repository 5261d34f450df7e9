import fc from 'fast-check';
import { showInvisible } from '../../../src/report/showInvisible';

// Pinned, as every property in CI: the same commit always gets the same verdict.
const pinned = { seed: 42, numRuns: 300 };

const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

describe('showInvisible', () => {
  it('writes a C1 control, a zero-width space and a line separator as escapes', () => {
    expect(showInvisible('{"comment":"\u0080"}')).toBe('{"comment":"\\u0080"}');
    expect(showInvisible('a\u200bb\u2028c')).toBe('a\\u200bb\\u2028c');
  });

  it('leaves visible text, non-ASCII letters and emoji as they are', () => {
    expect(showInvisible('Größe 42 — 検査 ✓ 🙂')).toBe('Größe 42 — 検査 ✓ 🙂');
  });

  it('leaves no invisible character in what it prints', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(invisible.test(showInvisible(text))).toBe(false);
      }),
      pinned,
    );
  });

  it('keeps a JSON body the same JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, comment) => {
        const body = JSON.stringify({ value, comment });
        expect(JSON.parse(showInvisible(body))).toEqual(JSON.parse(body));
      }),
      pinned,
    );
  });
});
