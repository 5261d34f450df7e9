/** The kinds of invalid request body, in a stable order; each is a property of its own. */
export const invalidKinds = [
  'missing-required',
  'wrong-type',
  'outside-enum',
  'bad-format',
  'not-an-object',
  'malformed-json',
  'wrong-content-type',
] as const;

export type InvalidKind = (typeof invalidKinds)[number];

/** One request body that breaks exactly one labelled rule. */
export interface InvalidBodyCase {
  kind: InvalidKind;
  /** The rule broken, in words: `required property 'status' missing`. */
  rule: string;
  /** JSON pointer into the body at the broken part; '' for the whole body. */
  pointer: string;
  contentType: string;
  /** The exact bytes to send. */
  rawBody: string;
}

export interface InvalidBodyOptions {
  /** The oracle for the whole body: a case is kept only when it says the body is invalid. */
  isValid: (value: unknown) => boolean;
  /** One kind only; all kinds that apply when omitted. */
  kind?: InvalidKind;
  /** The media type the operation accepts; `application/json` by default. */
  contentType?: string;
  maxDepth?: number;
}
