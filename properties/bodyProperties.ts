import fc from 'fast-check';
import { invalidBodyCaseArb, invalidKindsFor, validValueArb } from '../src/generate';
import { workOrderOperations } from '../src/run/model/workOrderOperations';
import type { PropertyDefinition } from '../src/run/PropertyDefinition';
import type { RequestCase } from '../src/run/RequestCase';
import type { OperationModel, SpecModel } from '../src/spec/SpecModel';
import {
  findJsonBody,
  invalidExpectation,
  pathParamsArb,
  successExpectation,
  toSchemaContext,
  type PropertyOptions,
} from './caseBasics';

const allTargets = ['prism-mock', 'simulator', 'live'] as const;

/**
 * On a stateful target a valid PATCH or PUT may be refused for the state the resource is in
 * (a status move the workflow rejects), so its answer is judged by the workflow model there;
 * only the stateless mock answers every valid one with success.
 */
const validBodyTargets = (operation: OperationModel) =>
  ['patch', 'put', 'delete'].includes(operation.method) ? (['prism-mock'] as const) : allTargets;

/** A create body with the run's tag at the start of its `name`; other bodies as they are. */
const withRunTag = (operation: OperationModel, body: unknown, runTag: string | undefined) => {
  if (runTag === undefined || operation.operationId !== workOrderOperations.create) return body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const name = 'name' in body && typeof body.name === 'string' ? ` ${body.name}` : '';
  return { ...body, name: `${runTag}${name}` };
};

const validBodyProperty = (
  spec: SpecModel,
  operation: OperationModel,
  options: PropertyOptions,
): PropertyDefinition | undefined => {
  const media = findJsonBody(operation);
  if (media === undefined) return undefined;
  const expect = successExpectation(operation);

  const arbitrary = fc
    .record({
      pathParams: pathParamsArb(operation, options),
      body: validValueArb(media.schema, toSchemaContext(spec)),
    })
    .map(({ pathParams, body }): RequestCase => ({
      operationId: operation.operationId,
      bodyClass: 'valid',
      label: 'a valid body',
      pathParams,
      auth: { kind: 'token' },
      contentType: media.mediaType,
      rawBody: JSON.stringify(withRunTag(operation, body, options.runTag)),
      expect,
    }));
  return {
    name: `${operation.operationId}.valid-body`,
    title: `${operation.method.toUpperCase()} ${operation.pathTemplate} answers ${expect.kind === 'status' ? expect.statusCode : '2xx'} to a valid body`,
    operationId: operation.operationId,
    targets: validBodyTargets(operation),
    arbitrary,
  };
};

const invalidBodyProperties = (
  spec: SpecModel,
  operation: OperationModel,
  options: PropertyOptions,
): PropertyDefinition[] => {
  const media = findJsonBody(operation);
  if (media?.validate === undefined) return [];
  const validate = media.validate;
  const context = toSchemaContext(spec);
  const expect = invalidExpectation(operation);
  const isValid = (value: unknown) => validate(value);

  return invalidKindsFor(media.schema, context).map((kind) => ({
    name: `${operation.operationId}.invalid-body.${kind}`,
    title: `${operation.method.toUpperCase()} ${operation.pathTemplate} rejects a body with ${kind.replace(/-/g, ' ')}`,
    operationId: operation.operationId,
    targets: allTargets,
    arbitrary: fc
      .record({
        pathParams: pathParamsArb(operation, options),
        body: invalidBodyCaseArb(media.schema, context, { kind, isValid }),
      })
      .map(({ pathParams, body }): RequestCase => ({
        operationId: operation.operationId,
        bodyClass: 'invalid',
        label: body.rule,
        pathParams,
        auth: { kind: 'token' },
        contentType: body.contentType,
        rawBody: body.rawBody,
        expect,
      })),
  }));
};

/** For every operation with a JSON body: valid bodies succeed, each kind of invalid body fails. */
export const createBodyProperties = (spec: SpecModel, options: PropertyOptions = {}) =>
  spec.operations.flatMap((operation) => {
    const valid = validBodyProperty(spec, operation, options);
    return [
      ...(valid === undefined ? [] : [valid]),
      ...invalidBodyProperties(spec, operation, options),
    ];
  });
