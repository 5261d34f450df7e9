import { resolve } from 'node:path';

/**
 * A commander parser for file and folder flags. npm runs scripts from the project folder, so a
 * relative path is taken from where the user typed the command (npm's INIT_CWD).
 */
export const parsePath = (text: string): string =>
  resolve(process.env.INIT_CWD ?? process.cwd(), text);
