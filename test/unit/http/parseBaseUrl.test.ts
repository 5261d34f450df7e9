import { parseBaseUrl } from '../../../src/http';

const errorOf = (text: string): unknown => {
  try {
    parseBaseUrl(text);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('parseBaseUrl', () => {
  it('reads the origin, port and path prefix of a base URL', () => {
    expect(parseBaseUrl('https://api.example.com/v1/')).toMatchObject({
      secure: true,
      hostname: 'api.example.com',
      port: 443,
      prefix: '/v1',
    });
    expect(parseBaseUrl('http://[::1]:4010')).toMatchObject({ hostname: '::1', port: 4010 });
  });

  describe('when the URL carries credentials', () => {
    it('refuses it without repeating them, and says where the token goes', () => {
      const error = errorOf('https://alice:s3cret@staging.example.com');

      expect(error).toMatchObject({
        code: 'BASE_URL_INVALID',
        message:
          'Base URL "https://***@staging.example.com/" carries credentials, ' +
          'which would be printed in every report.',
        fix: expect.stringContaining('SERIAL_API_TOKEN') as unknown,
      });
    });
  });

  it.each(['ftp://example.com', 'http://example.com/?q=1', 'http://127.0.0.1:99999', 'staging'])(
    'refuses %s',
    (text) => {
      expect(errorOf(text)).toMatchObject({ code: 'BASE_URL_INVALID' });
    },
  );
});
