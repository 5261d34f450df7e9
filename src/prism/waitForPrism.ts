import { setTimeout as sleep } from 'node:timers/promises';
import { createHttpClient } from '../http';
import type { PrismExit } from './spawnPrism';

export type Readiness =
  { kind: 'ready' } | { kind: 'exited'; exit: PrismExit } | { kind: 'timeout' };

const POLL_INTERVAL_MS = 25;
const POLL_TIMEOUT_MS = 1000;

// Any HTTP answer means Prism listens and has loaded the spec (GET / is usually its 404).
const pollUntilAnswered = async (baseUrl: string, signal: AbortSignal): Promise<void> => {
  const client = createHttpClient({
    baseUrl,
    timeoutMs: POLL_TIMEOUT_MS,
    agent: { keepAlive: false },
  });
  try {
    while (!signal.aborted) {
      const answered = await client.send({ method: 'GET', path: '/', headers: {} }).then(
        () => true,
        () => false,
      );
      if (answered) return;
      await sleep(POLL_INTERVAL_MS, undefined, { signal }).catch(() => undefined);
    }
  } finally {
    client.close();
  }
};

/** Polls with real requests until Prism answers, exits, or the deadline passes. */
export const waitForPrism = async (
  baseUrl: string,
  closed: Promise<PrismExit>,
  timeoutMs: number,
): Promise<Readiness> => {
  const done = new AbortController();
  const deadline = sleep(timeoutMs, undefined, { signal: done.signal });

  const readiness = await Promise.race<Readiness>([
    pollUntilAnswered(baseUrl, done.signal).then(() => ({ kind: 'ready' })),
    closed.then((exit) => ({ kind: 'exited', exit })),
    deadline.then(() => ({ kind: 'timeout' })),
  ]);
  done.abort();
  return readiness;
};
