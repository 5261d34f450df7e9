import fc from 'fast-check';
import { pathSegmentArb, type SchemaContext } from '../src/generate';
import type { Expectation } from '../src/run/RequestCase';
import type { MediaTypeModel, OperationModel, SpecModel } from '../src/spec/SpecModel';
import { isJsonMediaType } from '../src/oracle/matchMediaType';

export interface PropertyOptions {
  /**
   * Where path ids come from. A stateless mock takes any string; a stateful target needs ids
   * of work orders that exist, supplied by the run.
   */
  idArb?: fc.Arbitrary<string>;
  /**
   * The run's tag, put at the start of the `name` of every work order a valid create body
   * makes, so that each one left on a live target says which run made it.
   */
  runTag?: string;
}

export const toSchemaContext = (spec: SpecModel): SchemaContext => ({
  resolveRef: (ref) => spec.resolveRef(ref),
});

/** Values for every path parameter of the operation. */
export const pathParamsArb = (
  operation: OperationModel,
  options: PropertyOptions,
): fc.Arbitrary<Record<string, string>> => {
  const entries = operation.parameters
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => {
      const arb =
        parameter.name === 'id' && options.idArb !== undefined
          ? options.idArb
          : pathSegmentArb(parameter.schema);
      return [parameter.name, arb] as const;
    });
  return fc.record(Object.fromEntries(entries));
};

/** The first JSON media type of the request body with a schema: the one cases are built for. */
export const findJsonBody = (operation: OperationModel): MediaTypeModel | undefined =>
  operation.requestBody?.content.find(
    (media) => isJsonMediaType(media.mediaType) && media.schema !== undefined,
  );

/** The success code a valid request earns: the lowest documented 2xx. */
export const successExpectation = (operation: OperationModel): Expectation => {
  const codes = operation.responses
    .map((response) => Number(response.statusCode))
    .filter((code) => code >= 200 && code < 300)
    .sort((a, b) => a - b);
  return { kind: 'status', statusCode: codes[0] ?? 200 };
};

/**
 * What an invalid body earns: 400 where the operation documents it (the seed's one client
 * error), any 4xx where the docs list no error answer at all.
 */
export const invalidExpectation = (operation: OperationModel): Expectation =>
  operation.responses.some((response) => response.statusCode === '400')
    ? { kind: 'status', statusCode: 400 }
    : { kind: 'client-error' };

export const isSecured = (operation: OperationModel): boolean =>
  operation.security.some((alternative) => alternative.length > 0) &&
  !operation.security.some((alternative) => alternative.length === 0);
