import { isHarnessError } from '../core/HarnessError';

/**
 * Runs an entry point: its resolved number is the exit code. A HarnessError (bad input, an
 * unreachable target) prints what was wrong and what to change, with exit code 2 and no stack.
 */
export const runMain = (main: () => Promise<number>): void => {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (isHarnessError(error)) {
        console.error(`error: ${error.message}\n  ${error.fix}`);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`internal error: ${message}\n  This is a harness bug; rerun with --verbose.`);
        if (process.argv.includes('--verbose') && error instanceof Error)
          console.error(error.stack);
      }
      process.exitCode = 2;
    },
  );
};
