import type { ErrorObject } from 'ajv';

/** One broken rule: where (a JSON pointer into the message) and which keyword. */
export interface Violation {
  pointer: string;
  keyword: string;
  message: string;
}

export const fromAjvErrors = (prefix: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error): Violation => ({
    pointer: `${prefix}${error.instancePath}`,
    keyword: error.keyword,
    message: error.message ?? error.keyword,
  }));
