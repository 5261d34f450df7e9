import { HarnessError } from '../core/HarnessError';

/**
 * fast-check rejects a path that leads nowhere in this property's cases ("Unable to replay");
 * that is a replay line used with another spec, seed or target, so it is the user's to fix.
 */
export const toReplayError = (error: unknown, path: string, property: string): unknown => {
  if (!(error instanceof Error) || !/Unable to replay/.test(error.message)) return error;
  return createReplayPathError(path, property);
};

/** A replay path that leads to no case of the property: the user's to fix. */
export const createReplayPathError = (path: string, property: string): HarnessError =>
  new HarnessError(
    'REPLAY_PATH_INVALID',
    `--path ${path} leads to no case of ${property}`,
    'Run the replay line exactly as printed (same spec, --seed, --on and --property).',
  );
