import fc from 'fast-check';

import { hasInvalidSegment, pathSegmentArb } from '../../../src/generate';
import { createSpecOracle, hasNonAscii, propertyOptions } from './support/createSpecOracle';

const oracle = createSpecOracle();
const plainString = { type: 'string' };

describe('pathSegmentArb', () => {
  describe('when the parameter is a plain string', () => {
    it('never yields an empty, "." or ".." segment (C14)', () => {
      fc.assert(
        fc.property(pathSegmentArb(plainString), (segment) => !['', '.', '..'].includes(segment)),
        propertyOptions,
      );
    });

    it('yields spaces, slashes, percent signs, non-ASCII text and uuids', () => {
      const segments = fc.sample(pathSegmentArb(plainString), { seed: 42, numRuns: 300 });
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

      expect(segments.some((segment) => segment.includes(' '))).toBe(true);
      expect(segments.some((segment) => segment.includes('/'))).toBe(true);
      expect(segments.some((segment) => segment.includes('%'))).toBe(true);
      expect(segments.some((segment) => hasNonAscii(segment))).toBe(true);
      expect(segments.some((segment) => uuid.test(segment))).toBe(true);
    });
  });

  describe('when the parameter is an integer with a minimum', () => {
    it('yields the decimal text of valid integers', () => {
      const schema = { type: 'integer', minimum: 1 };
      const isValid = oracle.isValidFor(schema);

      fc.assert(
        fc.property(pathSegmentArb(schema), (segment) => {
          expect(segment).toMatch(/^\d+$/);
          expect(isValid(Number(segment))).toBe(true);
        }),
        propertyOptions,
      );
    });
  });

  describe('when the parameter has a pattern', () => {
    it('yields only matching segments', () => {
      const schema = { type: 'string', pattern: '^WO-[0-9]{2,5}$' };
      fc.assert(fc.property(pathSegmentArb(schema), oracle.isValidFor(schema)), propertyOptions);
    });
  });
});

describe('hasInvalidSegment', () => {
  it.each([
    ['a plain string', plainString, false],
    ['an untyped schema', {}, false],
    ['a uuid', { type: 'string', format: 'uuid' }, true],
    ['an enum', { enum: ['a', 'b'] }, true],
    ['an integer', { type: 'integer', minimum: 1 }, true],
  ])('for %s answers %s', (_name, schema, expected) => {
    expect(hasInvalidSegment(schema)).toBe(expected);
  });
});
