/** Gregorian leap years, as RFC 3339 Appendix C computes them (so year 0000 is one). */
export const isLeapYear = (year: number): boolean =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month, month counted from 1. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] ?? 31);

export const padNumber = (value: number, width: number): string =>
  String(value).padStart(width, '0');
