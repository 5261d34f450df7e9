import { createFinding, type Exchange, type Finding } from '../core/finding';
import type { RequestVerdict } from '../oracle/checkRequest';
import { readPrismVerdict } from '../oracle/readPrismVerdict';
import type { OperationModel } from '../spec/SpecModel';

const describe = (verdict: RequestVerdict): string =>
  verdict.valid
    ? 'valid'
    : `invalid (${verdict.violations.map((v) => `${v.pointer || '/'} ${v.keyword}`).join('; ')})`;

/**
 * Prism's mock validates every request it serves; its verdict and the harness's must agree. A
 * disagreement means one validator is wrong (case C4: Prism skipped a shared schema).
 */
export const checkPrismAgreement = (
  operation: OperationModel,
  exchange: Exchange & { response: NonNullable<Exchange['response']> },
  harness: RequestVerdict,
): Finding[] => {
  const prism = readPrismVerdict(exchange.response);
  if (prism.valid === harness.valid) return [];

  return [
    createFinding('ORACLE_DISAGREEMENT', {
      operationId: operation.operationId,
      expected: `Prism to find the request ${describe(harness)}, as the harness does`,
      received: `Prism found it ${describe(prism)} (from ${prism.source})`,
      pointers: [...harness.violations, ...prism.violations].map((v) => v.pointer),
      specPointer: operation.requestBody?.pointer ?? operation.pointer,
      exchange,
    }),
  ];
};
