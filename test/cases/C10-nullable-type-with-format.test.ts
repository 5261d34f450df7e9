import { checkResponse } from '../../src/oracle/checkResponse';
import { loadSpec } from '../../src/spec/loadSpec';
import { jsonResponse } from '../support/exchanges';
import { fixture } from '../support/paths';

const codesFor = async (body: unknown) => {
  const spec = await loadSpec(fixture('c10-nullable-date-time.openapi.yaml'));
  const operation = spec.findOperation('list-events')!;
  return checkResponse({ operation, exchange: jsonResponse(200, body) }).map((f) => f.code);
};

describe('C10: type [string, "null"] with format date-time', () => {
  it.each([
    ['a null body', null],
    ['a null createdAt', [{ createdAt: null }]],
    ['a date-time createdAt', [{ createdAt: '2024-05-01T10:00:00Z' }]],
  ])('accepts %s: the format applies to strings only', async (_, body) => {
    expect(await codesFor(body)).toEqual([]);
  });

  it('rejects a string that is not a date-time', async () => {
    expect(await codesFor([{ createdAt: 'yesterday' }])).toEqual(['RESPONSE_SCHEMA_MISMATCH']);
  });
});
