import { loadSpec } from '../../../src/spec/loadSpec';
import { mutateSpec } from '../../support/mutateSpec';
import { specPath } from '../../support/paths';

describe('loadSpec', () => {
  describe('on the project spec', () => {
    it('finds the five work-order operations', async () => {
      const spec = await loadSpec(specPath);
      expect(spec.operations.map((op) => `${op.method.toUpperCase()} ${op.pathTemplate}`)).toEqual([
        'GET /work-orders',
        'POST /work-orders',
        'GET /work-order/{id}',
        'PATCH /work-orders/{id}/status',
        'POST /work-orders/{id}/comments',
      ]);
    });

    it('keeps the status operation as published', async () => {
      const status = (await loadSpec(specPath)).findOperation('patch-work-orders-id-state')!;
      expect(status.responses.map((response) => response.statusCode)).toEqual([
        '200',
        '400',
        '401',
        '404',
      ]);
      expect(status.security).toEqual([
        [{ name: 'serial-default-security', type: 'http', scheme: 'bearer' }],
      ]);
      expect(status.requestBody?.required).toBe(false);
    });

    it('leaves the document as written', async () => {
      const spec = await loadSpec(specPath);
      expect(JSON.stringify(spec.document)).toContain('"$ref":"#/components/schemas/WorkOrder"');
    });
  });

  describe('when enum is given as a string', () => {
    it('names the file, line and pointer', async () => {
      const path = mutateSpec(
        'enum-string',
        /( +)enum:\n\1 {2}- DRAFT\n/,
        '$1enum: DRAFT\n$1x-was:\n$1  - DRAFT\n',
      );
      await expect(loadSpec(path)).rejects.toMatchObject({
        code: 'SPEC_INVALID_SCHEMA',
        message: expect.stringMatching(
          /enum-string\.openapi\.yaml:\d+:\d+: schema at \/paths\/~1work-orders~1\{id\}~1status\/patch\/requestBody\/content\/application~1json\/schema\/properties\/status\/enum: must be array/,
        ),
      });
    });
  });

  describe('when a $ref is misspelt', () => {
    it('names the $ref and where it stands', async () => {
      const path = mutateSpec(
        'bad-ref',
        "'#/components/schemas/Approval'",
        "'#/components/schemas/Aproval'",
      );
      await expect(loadSpec(path)).rejects.toMatchObject({
        code: 'SPEC_BROKEN_REF',
        message: expect.stringMatching(
          /bad-ref\.openapi\.yaml:\d+:\d+: \$ref '#\/components\/schemas\/Aproval' at \/components\/schemas\/WorkOrder\/properties\/approvals\/additionalProperties points to nothing/,
        ),
      });
    });
  });

  describe('when a format is unknown', () => {
    it('names the format keyword', async () => {
      const path = mutateSpec('bad-format', 'format: date-time', 'format: datetime');
      await expect(loadSpec(path)).rejects.toMatchObject({
        message: expect.stringContaining('/format: unknown format "datetime"'),
      });
    });
  });

  it('refuses an OpenAPI 3.0 document and says which version it reads', async () => {
    const path = mutateSpec('v30', 'openapi: 3.1.0', 'openapi: 3.0.3');
    await expect(loadSpec(path)).rejects.toMatchObject({
      code: 'SPEC_VERSION',
      message: expect.stringContaining('this harness reads 3.1.x'),
    });
  });

  it('reports a YAML syntax error with its line', async () => {
    const path = mutateSpec('syntax', 'paths:\n', 'paths: [\n');
    await expect(loadSpec(path)).rejects.toMatchObject({ code: 'SPEC_SYNTAX' });
  });

  it('reports a missing file with what to pass instead', async () => {
    await expect(loadSpec('/nonexistent/spec.yaml')).rejects.toMatchObject({
      code: 'SPEC_UNREADABLE',
      fix: expect.stringContaining('--spec'),
    });
  });
});
