import type { SentRequest } from '../core/finding';
import { parseBaseUrl } from './parseBaseUrl';
import { quoteShellWordWithSecret } from './quoteShellWord';

export const SECRET_VARIABLE = 'SERIAL_API_TOKEN';

export interface CurlOptions {
  /** The API token; wherever it occurs it is written as $SERIAL_API_TOKEN. */
  secret?: string;
}

// curl removes a header given as `Name:`; `Name;` is its syntax for sending an empty value.
const toHeaderArgument = (name: string, value: string): string =>
  value === '' ? `${name};` : `${name}: ${value}`;

const hasHeader = (request: SentRequest, name: string): boolean =>
  Object.keys(request.headers).some((key) => key.toLowerCase() === name);

const toBodyArguments = (request: SentRequest): string[] => {
  if (request.body === undefined) return [];
  // With a body and no Content-Type, curl would add a form Content-Type the harness never sent.
  const noContentType = hasHeader(request, 'content-type') ? [] : ['-H', 'Content-Type:'];
  return [...noContentType, '--data-raw', request.body];
};

/**
 * A copy-pasteable curl command that repeats the request exactly: `--path-as-is` keeps `..` and
 * `.` segments, `--globoff` keeps `[]{}` literal, and the body is sent byte for byte.
 */
export const toCurl = (
  request: SentRequest,
  baseUrl: string,
  options: CurlOptions = {},
): string => {
  const { origin, prefix } = parseBaseUrl(baseUrl);
  const method = request.method === 'HEAD' ? ['--head'] : ['-X', request.method];
  const headers = Object.entries(request.headers).flatMap(([name, value]) => [
    '-H',
    toHeaderArgument(name, value),
  ]);
  const words = [
    ...method,
    origin + prefix + request.path,
    ...headers,
    ...toBodyArguments(request),
  ];

  const quote = (word: string) =>
    quoteShellWordWithSecret(word, options.secret ?? '', SECRET_VARIABLE);
  return ['curl', '--path-as-is', '--globoff', ...words.map(quote)].join(' ');
};
