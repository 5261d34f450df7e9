import type { SentRequest } from '../core/finding';
import { buildPath } from '../http';
import type { SpecModel } from '../spec/SpecModel';
import type { RequestCase } from './RequestCase';

const authorizationFor = (testCase: RequestCase, token: string): string | undefined => {
  if (testCase.auth.kind === 'token') return `Bearer ${token}`;
  if (testCase.auth.kind === 'header') return testCase.auth.value;
  return undefined;
};

/** The exact request a case sends: path encoded per RFC 3986, the run's token added. */
export const toSentRequest = (
  spec: SpecModel,
  testCase: RequestCase,
  token: string,
): SentRequest => {
  const operation = spec.findOperation(testCase.operationId);
  if (operation === undefined) throw new Error(`no operation ${testCase.operationId} in the spec`);

  const headers: Record<string, string> = { accept: 'application/json' };
  const authorization = authorizationFor(testCase, token);
  if (authorization !== undefined) headers.authorization = authorization;
  if (testCase.contentType !== undefined) headers['content-type'] = testCase.contentType;

  return {
    method: operation.method.toUpperCase(),
    path: buildPath(operation.pathTemplate, testCase.pathParams),
    headers,
    ...(testCase.rawBody === undefined ? {} : { body: testCase.rawBody }),
  };
};
