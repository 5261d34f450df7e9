import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fc from 'fast-check';
import type { SentRequest } from '../../../src/core/finding';
import { redactSecrets, toCurl } from '../../../src/http';
import { quoteShellWord, quoteShellWordWithSecret } from '../../../src/http/quoteShellWord';
import { startRecordingServer } from './startRecordingServer';

const token = 's3cr3t-T0ken_value';
const baseUrl = 'http://127.0.0.1:4010';

/** What bash makes of a command line: the argv it would pass, NUL-separated. */
const toArgv = (words: string, env: Record<string, string> = {}): string[] => {
  const script = `printf '%s\\0' ${words}`;
  const result = spawnSync('bash', ['-c', script], { env: { ...env, PATH: process.env.PATH } });
  return result.stdout.toString('utf8').split('\0').slice(0, -1);
};

const hasCurl = spawnSync('curl', ['--version']).status === 0;

describe('toCurl', () => {
  const request: SentRequest = {
    method: 'PATCH',
    path: '/work-orders/../a%2Fb/status',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: `{"status":"DRAFT","comment":"it's $HOME \`x\` \\n"}`,
  };

  it('writes the method, exact URL, each header and the body', () => {
    expect(toCurl(request, baseUrl, { secret: token })).toBe(
      `curl --path-as-is --globoff -X PATCH http://127.0.0.1:4010/work-orders/../a%2Fb/status` +
        ` -H "Authorization: Bearer $SERIAL_API_TOKEN" -H 'Content-Type: application/json'` +
        ` --data-raw '{"status":"DRAFT","comment":"it'\\''s $HOME \`x\` \\n"}'`,
    );
  });

  it('never contains the token, and bash turns it back into the exact request', () => {
    const line = toCurl(request, baseUrl, { secret: token });

    const argv = toArgv(line.replace(/^curl /, ''), { SERIAL_API_TOKEN: token });

    expect(line).not.toContain(token);
    expect(argv).toEqual([
      '--path-as-is',
      '--globoff',
      '-X',
      'PATCH',
      `${baseUrl}${request.path}`,
      '-H',
      `Authorization: Bearer ${token}`,
      '-H',
      'Content-Type: application/json',
      '--data-raw',
      request.body,
    ]);
  });

  it('keeps a base URL path prefix', () => {
    const line = toCurl({ method: 'GET', path: '/x', headers: {} }, 'https://api.example.com/v1/');

    expect(line).toBe('curl --path-as-is --globoff -X GET https://api.example.com/v1/x');
  });

  it('stops curl adding a form Content-Type to a body sent without one', () => {
    const line = toCurl({ method: 'POST', path: '/', headers: {}, body: 'x' }, baseUrl);

    expect(line).toContain(`-H Content-Type: --data-raw x`);
  });

  it('sends an empty header value with curl\'s "Name;" syntax', () => {
    const line = toCurl({ method: 'GET', path: '/', headers: { 'X-Empty': '' } }, baseUrl);

    expect(line).toContain(`-H 'X-Empty;'`);
  });

  (hasCurl ? it : it.skip)('reproduces the request when run by bash and curl', async () => {
    const server = await startRecordingServer();
    const line = toCurl(request, server.baseUrl, { secret: token });

    // Asynchronous: a synchronous spawn would block the server that curl talks to.
    await promisify(execFile)('bash', ['-c', `${line} --silent --fail --max-time 5`], {
      env: { PATH: process.env.PATH, SERIAL_API_TOKEN: token },
    }).finally(() => server.close());

    expect(server.requests[0]).toMatchObject({
      method: 'PATCH',
      url: request.path,
      body: request.body,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
  });
});

describe('quoteShellWord', () => {
  it('round-trips any string without NUL through bash', () => {
    const words = fc.sample(
      fc.string({ unit: 'binary', maxLength: 12 }).filter((word) => !word.includes('\0')),
      { numRuns: 300, seed: 42 },
    );
    const lone = words.map((word) => word.replace(/[\ud800-\udfff]/g, '?'));

    expect(toArgv(lone.map(quoteShellWord).join(' '))).toEqual(lone);
  });

  it('keeps control characters on one line with ANSI-C quoting', () => {
    expect(quoteShellWord("a\nb'\\")).toBe(`$'a\\nb\\'\\\\'`);
  });
});

describe('quoteShellWordWithSecret', () => {
  it.each([
    [`Bearer ${token}`, '"Bearer $SERIAL_API_TOKEN"'],
    [`${token}_suffix`, '"${SERIAL_API_TOKEN}_suffix"'],
    [`it's! ${token}`, `'it'\\''s! '"$SERIAL_API_TOKEN"`],
    [`${token}${token}`, '"$SERIAL_API_TOKEN$SERIAL_API_TOKEN"'],
  ])('writes %j as %s, which bash expands back', (word, expected) => {
    const quoted = quoteShellWordWithSecret(word, token, 'SERIAL_API_TOKEN');

    expect(quoted).toBe(expected);
    expect(toArgv(quoted, { SERIAL_API_TOKEN: token })).toEqual([word]);
  });
});

describe('redactSecrets', () => {
  it('removes every occurrence of each secret, the longest first', () => {
    const text = `token=${token}; short=${token.slice(0, 6)}`;

    expect(redactSecrets(text, [token.slice(0, 6), token, ''])).toBe(
      'token=[REDACTED]; short=[REDACTED]',
    );
  });
});
