import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import { validValueArb } from '../../../src/generate';
import {
  catchErrorCode,
  createSpecOracle,
  hasNonAscii,
  loadSpecDocument,
  loadSpecSchemas,
  propertyOptions,
  type JsonObject,
} from './support/createSpecOracle';

interface SchemaEntry {
  name: string;
  schema: JsonObject;
}

const schemaTable = parse(
  readFileSync(path.join(__dirname, 'validValueArb.schemas.yaml'), 'utf8'),
) as SchemaEntry[];

const document = loadSpecDocument();
const specOracle = createSpecOracle(document);
const specSchemas = Object.entries(loadSpecSchemas(document));
const refFree = createSpecOracle().ctx;

const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 300): T[] =>
  fc.sample(arb, { seed: 42, numRuns });

describe('validValueArb', () => {
  describe.each(specSchemas)('for the spec schema %s', (_name, schema) => {
    const isValid = specOracle.isValidFor(schema);
    const arb = validValueArb(schema, specOracle.ctx);

    it('yields only values the oracle accepts', () => {
      fc.assert(
        fc.property(arb, (value) => isValid(value)),
        propertyOptions,
      );
    });

    it('yields values that a JSON round trip leaves unchanged', () => {
      fc.assert(
        fc.property(arb, (value) => {
          expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
        }),
        propertyOptions,
      );
    });
  });

  describe.each(schemaTable)('when the schema is $name', ({ schema }) => {
    it('yields only values the oracle accepts, unchanged by a JSON round trip', () => {
      const oracle = createSpecOracle(schema);
      const isValid = oracle.isValidFor(schema);

      fc.assert(
        fc.property(validValueArb(schema, oracle.ctx), (value) => {
          expect(isValid(value)).toBe(true);
          expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
        }),
        propertyOptions,
      );
    });
  });

  describe('when the schema has an enum', () => {
    it('yields only enum members', () => {
      const members = ['DRAFT', 'REVIEW', 'COMPLETE'];
      expect(new Set(sample(validValueArb({ enum: members }, refFree)))).toEqual(new Set(members));
    });
  });

  describe('when a property is optional', () => {
    it('yields it both present and absent', () => {
      const schema = { type: 'object', properties: { note: { type: 'string' } } };
      const values = sample(validValueArb(schema, refFree)) as JsonObject[];

      expect(values.some((value) => 'note' in value)).toBe(true);
      expect(values.some((value) => !('note' in value))).toBe(true);
    });
  });

  describe('when the type lists string and null (C10)', () => {
    it('yields both null and well-formed date-times', () => {
      const schema = { type: ['string', 'null'], format: 'date-time' };
      const values = sample(validValueArb(schema, refFree));

      expect(values).toContain(null);
      expect(values.some((value) => typeof value === 'string')).toBe(true);
    });
  });

  describe('when a string is free text', () => {
    it('yields long strings and non-ASCII strings', () => {
      const values = sample(validValueArb({ type: 'string' }, refFree)) as string[];

      expect(values.some((value) => value.length >= 256)).toBe(true);
      expect(values.some((value) => hasNonAscii(value))).toBe(true);
    });
  });

  describe('when additionalProperties is absent', () => {
    it('adds no undeclared keys by default', () => {
      const schema = { type: 'object', properties: { a: { type: 'integer' } } };
      const values = sample(validValueArb(schema, refFree)) as JsonObject[];

      expect(values.every((value) => Object.keys(value).every((key) => key === 'a'))).toBe(true);
    });

    it('adds undeclared keys when asked to', () => {
      const schema = { type: 'object', properties: { a: { type: 'integer' } } };
      const arb = validValueArb(schema, refFree, { extraProperties: true });

      expect(sample(arb).some((value) => Object.keys(value as JsonObject).length > 1)).toBe(true);
    });
  });

  describe('when the schema is recursive', () => {
    it('stops at the depth limit', () => {
      const node = { type: 'object', properties: { child: { $ref: '#/$defs/node' } } };
      const oracle = createSpecOracle({ $defs: { node } });
      const depthOf = (value: unknown): number =>
        typeof value === 'object' && value !== null && 'child' in value
          ? 1 + depthOf((value as JsonObject).child)
          : 0;

      const values = sample(validValueArb(node, oracle.ctx, { maxDepth: 2 }));
      expect(Math.max(...values.map(depthOf))).toBeLessThanOrEqual(2);
    });

    it('reports a schema that requires endless nesting', () => {
      const node = {
        type: 'object',
        required: ['child'],
        properties: { child: { $ref: '#/$defs/node' } },
      };
      const oracle = createSpecOracle({ $defs: { node } });

      expect(catchErrorCode(() => validValueArb(node, oracle.ctx))).toBe('SCHEMA_UNSATISFIABLE');
    });
  });

  describe('when a pattern uses syntax fast-check cannot build strings for', () => {
    it('reports the pattern', () => {
      const schema = { type: 'string', pattern: '^(?!x)a$' };
      expect(catchErrorCode(() => validValueArb(schema, refFree))).toBe(
        'SCHEMA_PATTERN_UNSUPPORTED',
      );
    });
  });

  describe('when the schema is false', () => {
    it('reports that no value exists', () => {
      expect(catchErrorCode(() => validValueArb(false, refFree))).toBe('SCHEMA_UNSATISFIABLE');
    });
  });
});
