import fc from 'fast-check';

import {
  invalidBodyCaseArb,
  invalidKinds,
  invalidKindsFor,
  type InvalidBodyCase,
  type InvalidKind,
} from '../../../src/generate';
import {
  catchErrorCode,
  createSpecOracle,
  loadSpecDocument,
  loadSpecSchemas,
  propertyOptions,
  type JsonObject,
} from './support/createSpecOracle';

const document = loadSpecDocument();
const oracle = createSpecOracle(document);
const { statusBody, WorkOrderWrite } = loadSpecSchemas(document);

const parse = (bodyCase: InvalidBodyCase): unknown => JSON.parse(bodyCase.rawBody);

const casesOf = (schema: unknown, kind: InvalidKind) =>
  invalidBodyCaseArb(schema, oracle.ctx, { kind, isValid: oracle.isValidFor(schema) });

const sampleCases = (schema: unknown, kind: InvalidKind) =>
  fc.sample(casesOf(schema, kind), { seed: 42, numRuns: 200 });

describe('invalidKindsFor', () => {
  describe('for the status body', () => {
    it('lists every kind', () => {
      expect(invalidKindsFor(statusBody, oracle.ctx)).toEqual([...invalidKinds]);
    });
  });

  describe('for WorkOrderWrite, which has no required property and no enum', () => {
    it('leaves out missing-required and outside-enum', () => {
      expect(invalidKindsFor(WorkOrderWrite, oracle.ctx)).toEqual([
        'wrong-type',
        'bad-format',
        'not-an-object',
        'malformed-json',
        'wrong-content-type',
      ]);
    });
  });

  describe('for an untyped body schema', () => {
    it('leaves out not-an-object, since any JSON value is valid', () => {
      const schema = { properties: { a: { type: 'string' } } };
      expect(invalidKindsFor(schema, oracle.ctx)).not.toContain('not-an-object');
    });
  });

  describe('for a required readOnly property (C3)', () => {
    it('leaves out missing-required, which would depend on the OAS version', () => {
      const schema = {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', readOnly: true } },
      };
      expect(invalidKindsFor(schema, oracle.ctx)).not.toContain('missing-required');
    });
  });
});

describe('invalidBodyCaseArb', () => {
  describe.each([
    ['the status body', statusBody],
    ['WorkOrderWrite', WorkOrderWrite],
  ])('for %s', (_name, schema) => {
    const isValid = oracle.isValidFor(schema);
    const kinds = invalidKindsFor(schema, oracle.ctx);
    const valueKinds = kinds.filter(
      (kind) => kind !== 'malformed-json' && kind !== 'wrong-content-type',
    );

    it.each(valueKinds)('yields %s bodies that the oracle rejects', (kind) => {
      fc.assert(
        fc.property(casesOf(schema, kind), (bodyCase) => {
          expect(bodyCase.kind).toBe(kind);
          expect(isValid(parse(bodyCase))).toBe(false);
        }),
        propertyOptions,
      );
    });

    it('yields malformed-json bodies that do not parse', () => {
      fc.assert(
        fc.property(casesOf(schema, 'malformed-json'), (bodyCase) => {
          expect(() => parse(bodyCase)).toThrow(SyntaxError);
        }),
        propertyOptions,
      );
    });

    it('yields wrong-content-type cases with a valid body sent as text/plain', () => {
      fc.assert(
        fc.property(casesOf(schema, 'wrong-content-type'), (bodyCase) => {
          expect(bodyCase.contentType).toBe('text/plain');
          expect(isValid(parse(bodyCase))).toBe(true);
        }),
        propertyOptions,
      );
    });
  });

  describe('when the kind is missing-required', () => {
    it('removes exactly the property its pointer names', () => {
      for (const bodyCase of sampleCases(statusBody, 'missing-required')) {
        const name = bodyCase.pointer.slice(1);
        expect(['status', 'updated_by_user_id']).toContain(name);
        expect(parse(bodyCase)).not.toHaveProperty([name]);
        expect(bodyCase.rule).toBe(`required property '${name}' missing`);
      }
    });
  });

  describe('when the kind is wrong-type', () => {
    it('uses a number for the enum-only status (C7)', () => {
      const statuses = sampleCases(statusBody, 'wrong-type')
        .filter((bodyCase) => bodyCase.pointer === '/status')
        .map((bodyCase) => (parse(bodyCase) as JsonObject).status);

      expect(statuses.some((status) => typeof status === 'number')).toBe(true);
    });
  });

  describe('when the kind is outside-enum', () => {
    it('keeps status a string that is not a member', () => {
      for (const bodyCase of sampleCases(statusBody, 'outside-enum')) {
        expect(typeof (parse(bodyCase) as JsonObject).status).toBe('string');
      }
    });
  });

  describe('when the body schema allows null', () => {
    it('never sends null as not-an-object', () => {
      const schema = { type: ['object', 'null'], properties: { a: { type: 'string' } } };
      const bodies = sampleCases(schema, 'not-an-object').map(parse);

      expect(bodies).not.toContain(null);
      expect(bodies.some((body) => Array.isArray(body))).toBe(true);
    });
  });

  describe('when the kind does not apply', () => {
    it('reports it instead of yielding valid bodies', () => {
      expect(catchErrorCode(() => casesOf(WorkOrderWrite, 'outside-enum'))).toBe(
        'INVALID_KIND_NOT_APPLICABLE',
      );
    });
  });

  describe('when no kind is given', () => {
    it('mixes the kinds that apply', () => {
      const isValid = oracle.isValidFor(statusBody);
      const arb = invalidBodyCaseArb(statusBody, oracle.ctx, { isValid });
      const kinds = new Set(fc.sample(arb, { seed: 42, numRuns: 300 }).map(({ kind }) => kind));

      expect([...kinds].sort()).toEqual([...invalidKinds].sort());
    });
  });
});
