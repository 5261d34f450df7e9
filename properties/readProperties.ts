import type { PropertyDefinition } from '../src/run/PropertyDefinition';
import type { RequestCase } from '../src/run/RequestCase';
import type { SpecModel } from '../src/spec/SpecModel';
import { pathParamsArb, successExpectation, type PropertyOptions } from './caseBasics';

/** For every operation without a body: an authenticated request succeeds with a valid answer. */
export const createReadProperties = (
  spec: SpecModel,
  options: PropertyOptions = {},
): PropertyDefinition[] =>
  spec.operations
    .filter((operation) => operation.requestBody === undefined)
    .map((operation) => {
      const expect = successExpectation(operation);
      const arbitrary = pathParamsArb(operation, options).map((pathParams): RequestCase => ({
        operationId: operation.operationId,
        bodyClass: 'none',
        label: 'an authenticated request',
        pathParams,
        auth: { kind: 'token' },
        expect,
      }));
      return {
        name: `${operation.operationId}.read`,
        title: `${operation.method.toUpperCase()} ${operation.pathTemplate} answers a documented body`,
        operationId: operation.operationId,
        targets: ['prism-mock', 'simulator', 'live'],
        arbitrary,
      };
    });
