import { checkRequestBody } from '../../src/oracle/checkRequest';
import { loadSpec } from '../../src/spec/loadSpec';
import { fixture } from '../support/paths';

const verdictFor = async (rawBody: string) => {
  const spec = await loadSpec(fixture('c11-no-coercion.openapi.yaml'));
  const operation = spec.findOperation('create-item')!;
  return checkRequestBody(operation, { contentType: 'application/json', rawBody });
};

describe('C11: JSON bodies are validated as sent, never coerced', () => {
  it('rejects null for an integer instead of turning it into 0', async () => {
    expect((await verdictFor('{"qty":null}')).valid).toBe(false);
  });

  it('rejects a numeric string for an integer', async () => {
    expect((await verdictFor('{"qty":"5"}')).valid).toBe(false);
  });

  it('accepts null for oneOf [string, null]: exactly one branch matches', async () => {
    expect((await verdictFor('{"note":null}')).valid).toBe(true);
  });

  it('leaves the bytes it judged unchanged', async () => {
    const rawBody = '{"qty":"5"}';
    const input = { contentType: 'application/json', rawBody };
    const spec = await loadSpec(fixture('c11-no-coercion.openapi.yaml'));
    checkRequestBody(spec.findOperation('create-item')!, input);
    expect(input.rawBody).toBe('{"qty":"5"}');
  });
});
