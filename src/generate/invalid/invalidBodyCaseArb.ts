import fc from 'fast-check';

import { isJsonObject } from '../schema/isJsonObject';
import type { SchemaContext } from '../SchemaContext';
import { validValueArb } from '../valid/validValueArb';
import { createNotApplicableError } from './createNotApplicableError';
import type { InvalidBodyCase, InvalidBodyOptions } from './InvalidBodyCase';
import { invalidKindsFor } from './invalidKindsFor';
import type { CaseInput } from './KindGenerator';
import { kindGenerators } from './kindGenerators';
import { parseJson } from './parseJson';
import { readBodyShape } from './readBodyShape';

/**
 * Whether a case is what its label says, judged on the bytes to be sent: malformed JSON must not
 * parse, a wrong content type must carry a valid body, and every other case the oracle rejects.
 */
const isAsLabelled = (isValid: (value: unknown) => boolean) => (bodyCase: InvalidBodyCase) => {
  const parsed = parseJson(bodyCase.rawBody);
  if (bodyCase.kind === 'malformed-json') return !parsed.ok && bodyCase.rawBody.trim() !== '';
  if (!parsed.ok) return false;
  return bodyCase.kind === 'wrong-content-type' ? isValid(parsed.value) : !isValid(parsed.value);
};

const once = <T>(build: () => T): (() => T) => {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
};

const createCaseInput = (
  schema: unknown,
  ctx: SchemaContext,
  options: InvalidBodyOptions,
): CaseInput => {
  const validBodyArb = once(() =>
    validValueArb(schema, ctx, { maxDepth: options.maxDepth }).filter(options.isValid),
  );
  return {
    shape: readBodyShape(schema, ctx),
    ctx,
    contentType: options.contentType ?? 'application/json',
    validBodyArb,
    validObjectArb: once(() => validBodyArb().filter(isJsonObject)),
  };
};

/**
 * Request bodies that break one labelled rule of a body schema each. The oracle filter runs on
 * the parsed bytes and fast-check re-applies it while shrinking, so a case stays invalid.
 */
export const invalidBodyCaseArb = (
  schema: unknown,
  ctx: SchemaContext,
  options: InvalidBodyOptions,
): fc.Arbitrary<InvalidBodyCase> => {
  const input = createCaseInput(schema, ctx, options);
  const kinds = options.kind === undefined ? invalidKindsFor(schema, ctx) : [options.kind];

  const arbs = kinds.flatMap((kind) => {
    const generator = kindGenerators[kind];
    return generator
      .findTargets(input.shape, ctx)
      .map((target) => generator.caseArb(target, input));
  });
  if (arbs.length === 0) throw createNotApplicableError(`${kinds.join(', ')} for this body schema`);

  return fc.oneof(...arbs).filter(isAsLabelled(options.isValid));
};
