/** String length as JSON Schema counts it: code points, not UTF-16 units (Validation 6.3). */
export const countCodePoints = (text: string): number => [...text].length;
