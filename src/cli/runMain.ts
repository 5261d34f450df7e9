import { isHarnessError } from '../core/HarnessError';
import { isConnectionError, isRequestTimeoutError } from '../http';

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
      } else if (isConnectionError(error) || isRequestTimeoutError(error)) {
        // The target stopped answering mid-run: a fact about the target, not a harness bug.
        console.error(`error: the target stopped answering: ${error.message}`);
        console.error('  Check that it is up and reachable, or raise --timeout.');
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
