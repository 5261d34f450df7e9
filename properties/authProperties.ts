import fc from 'fast-check';
import { validValueArb } from '../src/generate';
import type { PropertyDefinition } from '../src/run/PropertyDefinition';
import type { CaseAuth, RequestCase } from '../src/run/RequestCase';
import type { OperationModel, SpecModel } from '../src/spec/SpecModel';
import {
  findJsonBody,
  isSecured,
  pathParamsArb,
  toSchemaContext,
  type PropertyOptions,
} from './caseBasics';

/**
 * Authorization values no bearer scheme accepts. The scheme name itself is case-insensitive
 * (RFC 7235 §2.1), so `bearer x` is well-formed and never used here.
 */
const malformedAuthorization = [
  'Basic dTpw',
  'Bearer',
  'Token abc',
  'Bearerabc',
  '',
  'Digest username="u"',
];

const authProperty = (
  spec: SpecModel,
  operation: OperationModel,
  options: PropertyOptions,
  variant: {
    name: string;
    title: string;
    auth: fc.Arbitrary<CaseAuth>;
    targets?: PropertyDefinition['targets'];
  },
): PropertyDefinition => {
  const media = findJsonBody(operation);
  // The body is valid, so the only thing wrong is the credential (case C5: security first).
  const bodyArb =
    media === undefined
      ? fc.constant(undefined)
      : validValueArb(media.schema, toSchemaContext(spec)).map((value) => JSON.stringify(value));

  const arbitrary = fc
    .record({ pathParams: pathParamsArb(operation, options), auth: variant.auth, body: bodyArb })
    .map(({ pathParams, auth, body }): RequestCase => ({
      operationId: operation.operationId,
      bodyClass: body === undefined ? 'none' : 'valid',
      label: variant.title,
      pathParams,
      auth,
      ...(body === undefined || media === undefined
        ? {}
        : { contentType: media.mediaType, rawBody: body }),
      expect: { kind: 'status', statusCode: 401 },
    }));
  return {
    name: `${operation.operationId}.auth.${variant.name}`,
    title: `${operation.method.toUpperCase()} ${operation.pathTemplate} answers 401 ${variant.title}`,
    operationId: operation.operationId,
    targets: variant.targets ?? ['prism-mock', 'simulator', 'live'],
    arbitrary,
  };
};

const hexDigit = fc.constantFrom(...'0123456789abcdef');

/** A bearer token of the usual shape that no server issued (32 hex digits). */
const wrongTokenArb: fc.Arbitrary<CaseAuth> = fc
  .string({ unit: hexDigit, minLength: 32, maxLength: 32 })
  .map((token) => ({ kind: 'header', value: `Bearer harness-${token}` }));

/** For every secured operation: no credential, or a malformed one, earns 401. */
export const createAuthProperties = (spec: SpecModel, options: PropertyOptions = {}) =>
  spec.operations.filter(isSecured).flatMap((operation) => [
    authProperty(spec, operation, options, {
      name: 'missing',
      title: 'without an Authorization header',
      auth: fc.constant({ kind: 'none' }),
    }),
    authProperty(spec, operation, options, {
      name: 'malformed',
      title: 'to a malformed Authorization header',
      auth: fc.constantFrom(...malformedAuthorization).map((value) => ({ kind: 'header', value })),
    }),
    // Prism's mock accepts any bearer token, so only a real check can be held to this.
    authProperty(spec, operation, options, {
      name: 'wrong-token',
      title: 'to a well-formed token it did not issue',
      auth: wrongTokenArb,
      targets: ['simulator', 'live'],
    }),
  ]);
