import { isRecord } from '../spec/jsonPointer';

/** A string field of a parsed body, or undefined when absent or of another type. */
export const readString = (body: unknown, field: string): string | undefined => {
  const value = isRecord(body) ? body[field] : undefined;
  return typeof value === 'string' ? value : undefined;
};
