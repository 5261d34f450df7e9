import { Command } from 'commander';
import { HarnessError } from '../core/HarnessError';

/**
 * A commander program whose usage errors become HarnessErrors (exit 2, no stack), so every
 * command reports a bad flag the same way.
 */
export const createProgram = (name: string, description: string): Command =>
  new Command(name)
    .description(description)
    .exitOverride((error) => {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
        process.exit(0);
      }
      throw new HarnessError(
        'USAGE',
        error.message.replace(/^error: /, ''),
        `Run \`npm run ${name} -- --help\` for the flags.`,
      );
    })
    .configureOutput({ writeErr: () => undefined });
