import { signalGroup } from './stopProcessGroup';

export interface TrackedChild {
  pid: number;
  stop: () => Promise<void>;
}

const live = new Set<TrackedChild>();
let hooksInstalled = false;

// Exit and signal handlers cannot wait for a graceful stop, so they kill at once.
const killAllNow = (): void => live.forEach((tracked) => signalGroup(tracked.pid, 'SIGKILL'));

const onSignal = (signal: NodeJS.Signals): void => {
  killAllNow();
  // Another listener (a CLI's own handler) decides how the process ends. Alone, re-raise with the
  // default action restored, so the parent sees the usual status (130 for SIGINT, 143 for SIGTERM).
  if (process.listenerCount(signal) > 1) return;
  process.removeListener(signal, onSignal);
  process.kill(process.pid, signal);
};

const installHooks = (): void => {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', killAllNow);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
};

/** Registers a child so that it is killed if the harness exits or is interrupted first. */
export const trackChild = (tracked: TrackedChild): void => {
  installHooks();
  live.add(tracked);
};

export const untrackChild = (tracked: TrackedChild): void => {
  live.delete(tracked);
};

/** Stops every child started by this process and still running. */
export const stopAll = async (): Promise<void> => {
  await Promise.all([...live].map((tracked) => tracked.stop()));
};
