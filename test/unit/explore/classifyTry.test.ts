import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { classifyTry } from '../../../src/explore/classifyTry';
import type { TryOutcome } from '../../../src/explore/PairResult';

interface TryCase {
  name: string;
  from: string;
  to: string;
  code: number;
  after: string | null;
  outcome: TryOutcome;
}

// The fixture beside this test; its shape is the interface above.
const cases = parse(readFileSync(join(__dirname, 'classifyTry.cases.yaml'), 'utf8')) as TryCase[];

describe('classifyTry', () => {
  it.each(cases.map((c) => [c.name, c] as const))('judges %s', (_name, c) => {
    expect(classifyTry(c.from, c.to, c.code, c.after ?? undefined)).toBe(c.outcome);
  });
});
