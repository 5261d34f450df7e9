/** No complete answer (status, headers and whole body) arrived within the per-request limit. */
export class RequestTimeoutError extends Error {
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(`${method} ${path} got no complete answer within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
}

export const isRequestTimeoutError = (value: unknown): value is RequestTimeoutError =>
  value instanceof RequestTimeoutError;
