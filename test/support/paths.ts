import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '..', '..');
export const specPath = join(projectRoot, 'spec', 'serial-work-orders.openapi.yaml');
export const fixture = (name: string): string =>
  join(projectRoot, 'test', 'cases', 'fixtures', name);
