import type { OperationModel, ResponseModel } from '../spec/SpecModel';

/**
 * The Response Object that documents a status code: the exact code first, then its range
 * (`4XX`), then `default` (OAS 3.1 §4.8.16).
 */
export const findDocumentedResponse = (
  operation: OperationModel,
  statusCode: number,
): ResponseModel | undefined => {
  const exact = String(statusCode);
  const range = `${exact[0] ?? ''}XX`;
  const byKey = (key: string) =>
    operation.responses.find((response) => response.statusCode.toUpperCase() === key);
  return byKey(exact) ?? byKey(range) ?? byKey('DEFAULT');
};

/** True when the operation documents no client or server error answer at all. */
export const documentsNoErrors = (operation: OperationModel): boolean =>
  operation.responses.every((response) => /^[123]/.test(response.statusCode));
