export { buildPath } from './buildPath';
export { ConnectionError, isConnectionError } from './ConnectionError';
export {
  createHttpClient,
  DEFAULT_TIMEOUT_MS,
  type HttpClient,
  type HttpClientOptions,
} from './createHttpClient';
export { encodePathSegment } from './encodePathSegment';
export { parseBaseUrl, type BaseUrl } from './parseBaseUrl';
export { isPathParameterError, PathParameterError } from './PathParameterError';
export { quoteShellWord } from './quoteShellWord';
export { REDACTED, redactSecrets } from './redactSecrets';
export { isRequestTimeoutError, RequestTimeoutError } from './RequestTimeoutError';
export { SECRET_VARIABLE, toCurl, type CurlOptions } from './toCurl';
