import { parsePath } from '../../../src/cli/parsePath';

describe('parsePath', () => {
  const saved = process.env.INIT_CWD;
  afterEach(() => {
    if (saved === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = saved;
  });

  it('takes a relative path from the folder npm was run in', () => {
    process.env.INIT_CWD = '/home/dev/project/contracts';

    expect(parsePath('workflow.staging.yaml')).toBe(
      '/home/dev/project/contracts/workflow.staging.yaml',
    );
    expect(parsePath('../spec/a.yaml')).toBe('/home/dev/project/spec/a.yaml');
  });

  it('keeps an absolute path as it is', () => {
    process.env.INIT_CWD = '/home/dev/project/contracts';

    expect(parsePath('/tmp/reports')).toBe('/tmp/reports');
  });

  it('falls back to the working folder outside npm', () => {
    delete process.env.INIT_CWD;

    expect(parsePath('reports')).toBe(`${process.cwd()}/reports`);
  });
});
