/** A path parameter value that cannot be sent as the segment the template asks for. */
export class PathParameterError extends Error {
  readonly parameter: string;
  readonly value: string | undefined;
  readonly reason: string;

  constructor(parameter: string, value: string | undefined, reason: string) {
    super(`Path parameter "${parameter}" = ${JSON.stringify(value)} cannot be sent: ${reason}`);
    this.name = 'PathParameterError';
    this.parameter = parameter;
    this.value = value;
    this.reason = reason;
  }
}

export const isPathParameterError = (value: unknown): value is PathParameterError =>
  value instanceof PathParameterError;
