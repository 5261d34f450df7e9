import fc from 'fast-check';
import { validValueArb } from '../src/generate';
import type { PropertyDefinition } from '../src/run/PropertyDefinition';
import type { RequestCase } from '../src/run/RequestCase';
import type { OperationModel, SpecModel } from '../src/spec/SpecModel';
import { findJsonBody, toSchemaContext } from './caseBasics';

/**
 * Lowest work-order number used as "unknown": far past any real sequence, so a probe never
 * reaches an existing work order (the safety envelope refuses anything below it).
 */
export const unknownNumberFloor = 1_000_000_000;

/** Ids that match no work order: a fresh v4 UUID, or a number past every wo_number. */
export const unknownIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.uuid({ version: 4 }),
  fc.integer({ min: unknownNumberFloor, max: 2 * unknownNumberFloor }).map(String),
);

const hasIdParameter = (operation: OperationModel) =>
  operation.parameters.some((parameter) => parameter.in === 'path' && parameter.name === 'id');

/** For every operation on one work order: an id that matches none earns 404, in both forms. */
export const createUnknownIdProperties = (spec: SpecModel): PropertyDefinition[] =>
  spec.operations.filter(hasIdParameter).map((operation) => {
    const media = findJsonBody(operation);
    const bodyArb =
      media === undefined
        ? fc.constant(undefined)
        : validValueArb(media.schema, toSchemaContext(spec)).map((value) => JSON.stringify(value));
    const arbitrary = fc
      .record({ id: unknownIdArb, body: bodyArb })
      .map(({ id, body }): RequestCase => ({
        operationId: operation.operationId,
        bodyClass: body === undefined ? 'none' : 'valid',
        label: `an id that matches no work order (${id})`,
        pathParams: { id },
        auth: { kind: 'token' },
        ...(body === undefined || media === undefined
          ? {}
          : { contentType: media.mediaType, rawBody: body }),
        expect: { kind: 'status', statusCode: 404 },
      }));
    return {
      name: `${operation.operationId}.unknown-id`,
      title: `${operation.method.toUpperCase()} ${operation.pathTemplate} answers 404 to an unknown id`,
      operationId: operation.operationId,
      // Prism's mock is stateless: every id exists for it.
      targets: ['simulator', 'live'],
      arbitrary,
    };
  });
