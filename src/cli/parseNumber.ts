import { InvalidArgumentError } from 'commander';

/** A commander parser for whole numbers within bounds, with an error that says what is allowed. */
export const parseWholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (text: string): number => {
    const value = Number(text);
    if (!/^-?\d+$/.test(text.trim()) || value < min || value > max) {
      throw new InvalidArgumentError(
        `expected a whole number from ${min} to ${max}, got '${text}'`,
      );
    }
    return value;
  };
