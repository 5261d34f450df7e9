/** True when the text holds a character outside ASCII (the server-error-on-input fault's trigger). */
export const hasNonAscii = (text: string | undefined): boolean =>
  text !== undefined && /[\u0080-\uffff]/.test(text);
