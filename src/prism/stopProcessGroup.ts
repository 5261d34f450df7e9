export const STOP_GRACE_MS = 2000;

/** Signals the child's whole process group; a group that is already gone is not an error. */
export const signalGroup = (pid: number, signal: NodeJS.Signals): void => {
  // kill(-0) or kill(-1) would hit our own group or every process we may signal.
  if (pid <= 1) return;
  try {
    // A negative pid addresses the group that `detached: true` made the child lead (kill(2)).
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
};

const settlesWithin = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/** SIGTERM to the group, then SIGKILL if it has not closed within the grace period. */
export const stopProcessGroup = async (
  pid: number,
  closed: Promise<unknown>,
  graceMs = STOP_GRACE_MS,
): Promise<void> => {
  signalGroup(pid, 'SIGTERM');
  if (await settlesWithin(closed, graceMs)) return;

  signalGroup(pid, 'SIGKILL');
  await closed;
};
