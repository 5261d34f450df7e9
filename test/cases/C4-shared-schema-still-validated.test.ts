import { checkRequestBody } from '../../src/oracle/checkRequest';
import { checkPrismAgreement } from '../../src/run/checkPrismAgreement';
import { loadSpec } from '../../src/spec/loadSpec';
import { exchangeWith } from '../support/exchanges';
import { fixture } from '../support/paths';

describe('C4: a body schema shared by several operations', () => {
  const load = () => loadSpec(fixture('c4-shared-schema.openapi.yaml'));

  it('is still enforced on the operation that receives it', async () => {
    const spec = await load();
    const create = spec.findOperation('create-pet')!;

    const verdict = checkRequestBody(create, {
      contentType: 'application/json',
      rawBody: '{"id":1}',
    });

    expect(verdict.valid).toBe(false);
    expect(verdict.violations).toEqual([
      expect.objectContaining({ pointer: '/body', keyword: 'required' }),
    ]);
  });

  it('accepts a complete body', async () => {
    const create = (await load()).findOperation('create-pet')!;
    const raw = '{"id":1,"name":"Rex"}';
    expect(checkRequestBody(create, { contentType: 'application/json', rawBody: raw }).valid).toBe(
      true,
    );
  });

  describe('when the mock answers 2xx to a body the oracle finds invalid', () => {
    it('reports that the mock disagreed with the oracle', async () => {
      const create = (await load()).findOperation('create-pet')!;
      const harness = checkRequestBody(create, {
        contentType: 'application/json',
        rawBody: '{"id":1}',
      });
      const exchange = exchangeWith({ statusCode: 201 }, 'POST', '/pets');

      const findings = checkPrismAgreement(create, exchange, harness);

      expect(findings.map((finding) => finding.code)).toEqual(['ORACLE_DISAGREEMENT']);
      expect(findings[0]!.received).toContain('valid');
    });
  });

  describe('when the mock rejects it with violations', () => {
    it('reports nothing', async () => {
      const create = (await load()).findOperation('create-pet')!;
      const harness = checkRequestBody(create, {
        contentType: 'application/json',
        rawBody: '{"id":1}',
      });
      const violation = {
        location: ['request', 'body'],
        severity: 'Error',
        code: 'required',
        message: 'x',
      };
      const exchange = exchangeWith({
        statusCode: 422,
        headers: { 'sl-violations': JSON.stringify([violation]) },
      });

      expect(checkPrismAgreement(create, exchange, harness)).toEqual([]);
    });
  });
});
