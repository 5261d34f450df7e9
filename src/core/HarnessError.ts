/**
 * A problem with the harness's input or environment (a bad flag, a spec that does not load, an
 * unreachable target). Entry points print `message` and `fix` and exit 2, with no stack trace.
 */
export class HarnessError extends Error {
  readonly code: string;
  readonly fix: string;

  constructor(code: string, message: string, fix: string) {
    super(message);
    this.name = 'HarnessError';
    this.code = code;
    this.fix = fix;
  }
}

export const isHarnessError = (value: unknown): value is HarnessError =>
  value instanceof HarnessError;
