import { isMap, isScalar, isSeq } from 'yaml';

/** The text of a scalar node (`1` reads as '1'); undefined for null, maps, lists and aliases. */
export const readScalar = (node: unknown): string | undefined => {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const { value } = node;
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** How a value is shown in an error message. */
export const showValue = (node: unknown): string => {
  const text = readScalar(node);
  if (text !== undefined) return `'${text}'`;
  if (isMap(node)) return 'a mapping';
  return isSeq(node) ? 'a list' : 'an empty value';
};
