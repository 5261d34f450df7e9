import { checkResponse } from '../../src/oracle/checkResponse';
import { loadSpec } from '../../src/spec/loadSpec';
import { exchangeWith, jsonResponse } from '../support/exchanges';
import { fixture, specPath } from '../support/paths';

const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

describe('C12: responses that document no content', () => {
  describe('a 204 beside a default with a schema', () => {
    const load = async () =>
      (await loadSpec(fixture('c12-empty-responses.openapi.yaml'))).findOperation('delete-item')!;

    it.each([
      ['no body and no Content-Type', exchangeWith({ statusCode: 204 })],
      ['an empty body as an HTTP client delivers it', exchangeWith({ statusCode: 204, body: '' })],
    ])('accepts %s', async (_, exchange) => {
      expect(codes(checkResponse({ operation: await load(), exchange }))).toEqual([]);
    });

    it('checks a 500 against default: {"code":1} matches', async () => {
      const findings = checkResponse({
        operation: await load(),
        exchange: jsonResponse(500, { code: 1 }),
      });
      expect(codes(findings)).toEqual(['SERVER_ERROR']);
    });

    it('checks a 500 against default: {} lacks code', async () => {
      const findings = checkResponse({ operation: await load(), exchange: jsonResponse(500, {}) });
      expect(codes(findings)).toEqual(['SERVER_ERROR', 'RESPONSE_SCHEMA_MISMATCH']);
    });
  });

  describe('the seed status endpoint', () => {
    const load = async () =>
      (await loadSpec(specPath)).findOperation('patch-work-orders-id-state')!;

    it('accepts 200 with no body', async () => {
      const exchange = exchangeWith({ statusCode: 200 });
      expect(checkResponse({ operation: await load(), exchange })).toEqual([]);
    });

    it('accepts 401 with no body although it declares content: {}', async () => {
      const exchange = exchangeWith({ statusCode: 401 });
      expect(checkResponse({ operation: await load(), exchange })).toEqual([]);
    });

    it('warns, without failing, about a body on 200', async () => {
      const findings = checkResponse({
        operation: await load(),
        exchange: jsonResponse(200, { ok: true }),
      });
      expect(findings.map((f) => [f.code, f.severity])).toEqual([
        ['UNDOCUMENTED_RESPONSE_BODY', 'warning'],
      ]);
    });
  });
});
