import { HarnessError } from '../core/HarnessError';

/** A replay path belongs to one property: without --property it would replay the wrong one. */
export const checkReplayFlags = (options: {
  property?: string;
  path?: string;
  replayPath?: string;
}): void => {
  if (options.path !== undefined && !/^\d+(:\d+)*$/.test(options.path)) {
    throw new HarnessError(
      'USAGE',
      `--path must be numbers joined by ':', as fast-check prints it, got '${options.path}'`,
      'Copy the whole replay line printed with the failure.',
    );
  }
  if ((options.path ?? options.replayPath) === undefined || options.property !== undefined) return;
  throw new HarnessError(
    'USAGE',
    '--path replays one counterexample and needs the --property it belongs to',
    'Copy the whole replay line printed with the failure: it names --seed, --property and --path.',
  );
};
