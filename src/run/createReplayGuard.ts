import { createReplayPathError } from './toReplayError';

/** Ends a replay after its one case: thrown by the guard, never reported as a failure. */
class ReplayDone extends Error {}

/**
 * A replay runs the one case at its path. Given a path to a case that passes, fast-check would
 * go on through that case's shrinks, which for some arbitraries never end.
 */
export const createReplayGuard = (path: string | undefined, property: string) => {
  let runs = 0;
  return {
    /** Called first in every run of the property. */
    enter(): void {
      if (path !== undefined && runs > 0) throw new ReplayDone('replayed');
      runs += 1;
    },
    /** Whether fast-check stopped because the guard ended the replay. */
    ended: (error: unknown): boolean => error instanceof ReplayDone,
    /** A path that led to no case at all is the user's to fix. */
    checkReplayed(): void {
      if (path !== undefined && runs === 0) throw createReplayPathError(path, property);
    },
  };
};
