import { typeOfJson, type JsonType } from '../schema/JsonType';

/** `integer` is implied by `number`; listing both would read as two choices. */
export const describeTypes = (types: JsonType[]): string =>
  types.filter((type) => type !== 'integer' || !types.includes('number')).join(' or ');

/** A value's type as a reader would name it: `a string`, `an array`, `null`. */
export const describeValueType = (value: unknown): string => {
  const type = typeOfJson(value);
  if (type === 'null') return 'null';
  return ['array', 'integer', 'object'].includes(type) ? `an ${type}` : `a ${type}`;
};
