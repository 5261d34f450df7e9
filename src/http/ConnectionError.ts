/** The target could not be reached or dropped the connection (refused, reset, DNS, TLS). */
export class ConnectionError extends Error {
  /** The errno-style code, e.g. `ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`. */
  readonly code: string;
  readonly target: string;
  /** True when a reused keep-alive socket had been closed by the server while idle. */
  readonly staleSocket: boolean;

  constructor(code: string, target: string, cause: Error, staleSocket = false) {
    super(`Could not reach ${target}: ${code} (${cause.message})`, { cause });
    this.name = 'ConnectionError';
    this.code = code;
    this.target = target;
    this.staleSocket = staleSocket;
  }
}

export const isConnectionError = (value: unknown): value is ConnectionError =>
  value instanceof ConnectionError;
