import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specPath } from './paths';

/** Writes a copy of the project's spec with one textual change, and returns its path. */
export const mutateSpec = (name: string, from: string | RegExp, to: string): string => {
  const original = readFileSync(specPath, 'utf8');
  const changed = original.replace(from, to);
  if (changed === original) throw new Error(`mutation ${name}: nothing matched ${String(from)}`);
  const path = join(mkdtempSync(join(tmpdir(), 'serial-spec-')), `${name}.openapi.yaml`);
  writeFileSync(path, changed);
  return path;
};

/** The spec with the 401 response of the status operation removed. */
export const specWithout401 = () =>
  mutateSpec(
    'no-401',
    "        '401':\n          description: Unauthorized\n          content: {}\n",
    '',
  );
