import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';

import { hasInvalidSegment, pathSegmentArb } from '../../src/generate';
import {
  createSpecOracle,
  loadSpecDocument,
  propertyOptions,
  resolvePointer,
} from '../unit/generate/support/createSpecOracle';

const document = loadSpecDocument();
const idSchema = resolvePointer(document, '#/components/parameters/work-order-id/schema');
const oracle = createSpecOracle(document);

/** Parameters arrive as text, so they alone are coerced, by an Ajv of their own (C11). */
const createParameterCheck = (schema: object) => {
  const validate = new Ajv2020({ strict: true, coerceTypes: true }).compile(schema);
  return (text: string) => validate({ value: text });
};

describe('C13: a string path parameter has no negative values', () => {
  describe('for the seed path parameter id (type: string)', () => {
    it('finds no invalid segment, so the negative generator skips it', () => {
      expect(idSchema).toEqual({ type: 'string' });
      expect(hasInvalidSegment(idSchema, oracle.ctx)).toBe(false);
    });

    it('generates "false", "null" and "123" as positive values', () => {
      const segments = fc.sample(pathSegmentArb(idSchema, oracle.ctx), { seed: 42, numRuns: 500 });
      expect(segments).toEqual(expect.arrayContaining(['false', 'null', '123']));
    });

    it('generates only values the parameter schema accepts', () => {
      fc.assert(
        fc.property(pathSegmentArb(idSchema, oracle.ctx), oracle.isValidFor(idSchema)),
        propertyOptions,
      );
    });
  });

  describe('for a query parameter slug (type: string)', () => {
    it('accepts "null" and "false"', () => {
      const isValid = oracle.isValidFor({ type: 'string' });
      expect(['null', 'false'].every(isValid)).toBe(true);
    });
  });

  describe('for a query parameter page (type: integer, minimum: 1)', () => {
    const page = { type: 'integer', minimum: 1 };
    const check = createParameterCheck({ type: 'object', properties: { value: page } });

    it('has genuinely invalid values', () => {
      expect(hasInvalidSegment(page)).toBe(true);
    });

    it.each(['0', '-1', '1.5', 'abc'])('rejects %s in serialised form', (text) => {
      expect(check(text)).toBe(false);
    });

    it('accepts every generated segment in serialised form', () => {
      fc.assert(fc.property(pathSegmentArb(page), check), propertyOptions);
    });
  });
});
