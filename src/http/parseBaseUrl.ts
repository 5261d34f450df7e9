import { HarnessError } from '../core/HarnessError';

export interface BaseUrl {
  secure: boolean;
  /** Without IPv6 brackets, as node:http expects it. */
  hostname: string;
  port: number;
  /** `http://host:port`, for display and curl lines. */
  origin: string;
  /** Path prefix without a trailing slash (`/api`), or '' when the base URL has none. */
  prefix: string;
}

const invalidBaseUrl = (baseUrl: string, reason: string): HarnessError =>
  new HarnessError(
    'BASE_URL_INVALID',
    `Base URL "${baseUrl}" ${reason}.`,
    'Give an http: or https: URL with an optional path prefix and no query, ' +
      'e.g. http://127.0.0.1:4010 or https://api.example.com/v1.',
  );

export const parseBaseUrl = (baseUrl: string): BaseUrl => {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw invalidBaseUrl(baseUrl, 'is not a URL');
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidBaseUrl(baseUrl, `uses ${url.protocol}, which the harness cannot send`);
  }
  if (url.username !== '' || url.password !== '') {
    // Said without the credentials themselves: this message is printed.
    const shown = `${url.protocol}//***@${url.host}${url.pathname}`;
    throw new HarnessError(
      'BASE_URL_INVALID',
      `Base URL "${shown}" carries credentials, which would be printed in every report.`,
      'Drop them from the URL and pass the token in SERIAL_API_TOKEN (or --token).',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalidBaseUrl(baseUrl, 'has a query or fragment, which no request path can follow');
  }

  const secure = url.protocol === 'https:';
  return {
    secure,
    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
    origin: url.origin,
    prefix: url.pathname.replace(/\/+$/, ''),
  };
};
