import { parseRetryAfter } from '../../../src/run/guard/parseRetryAfter';

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => expect(parseRetryAfter('3')).toBe(3000));
  it('reads an HTTP-date relative to now', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000);
  });
  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
