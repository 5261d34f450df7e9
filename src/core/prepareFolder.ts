import { accessSync, constants, mkdirSync } from 'node:fs';
import { HarnessError } from './HarnessError';

/**
 * Makes the folder a run will write to, before the run sends anything: a folder that cannot be
 * written is the user's to fix, and is better known before the target has been touched.
 */
export const prepareFolder = (folder: string, flag: string): void => {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HarnessError(
      'REPORT_DIR_UNUSABLE',
      `${flag} ${folder} cannot be written to: ${reason}`,
      `Pass ${flag} a folder that can be created and written, e.g. ${flag} reports.`,
    );
  }
};
