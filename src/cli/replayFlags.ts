import { HarnessError } from '../core/HarnessError';
import { quoteShellWord } from '../http';
import { defaults } from './defaults';

/** The flags that select properties and replay one counterexample, shared by the commands. */
export interface ReplayFlags {
  spec: string;
  workflow: string;
  property?: string;
  path?: string;
  replayPath?: string;
}

/** A replay path belongs to one property: without --property it would replay the wrong one. */
export const checkReplayFlags = (options: ReplayFlags): void => {
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

/** Whether --property (a name or its prefix) selects the property; all when not given. */
export const selectsProperty = (options: ReplayFlags, name: string): boolean =>
  options.property === undefined || name.startsWith(options.property);

/** The path and replay path to hand the runners, when given. */
export const toReplayOptions = (options: ReplayFlags) => ({
  ...(options.path === undefined ? {} : { path: options.path }),
  ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
});

/**
 * The start of a replay line: the command, then the spec and workflow when they are not the
 * command's defaults, so the line re-runs against the files that failed.
 */
export const toReplayCommand = (
  head: string,
  options: ReplayFlags,
  defaultWorkflow: string,
): string =>
  [
    head,
    ...(options.spec === defaults.specPath ? [] : [`--spec ${quoteShellWord(options.spec)}`]),
    ...(options.workflow === defaultWorkflow
      ? []
      : [`--workflow ${quoteShellWord(options.workflow)}`]),
  ].join(' ');
