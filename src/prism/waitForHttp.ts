import { request } from 'node:http';

const probe = (url: URL): Promise<boolean> =>
  new Promise((resolve) => {
    const req = request(url, { method: 'GET', timeout: 500 }, (response) => {
      response.resume();
      resolve(true);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
    req.end();
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls with a real request until any HTTP answer arrives (Prism answers 404 to `/`), the
 * deadline passes, or `isGone` says the server's process has died.
 */
export const waitForHttp = async (
  baseUrl: string,
  deadlineMs: number,
  isGone: () => boolean,
): Promise<boolean> => {
  const url = new URL('/', baseUrl);
  const end = Date.now() + deadlineMs;
  while (Date.now() < end && !isGone()) {
    if (await probe(url)) return true;
    await sleep(50);
  }
  return false;
};
