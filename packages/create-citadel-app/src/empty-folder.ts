import { existsSync, readdirSync } from 'node:fs';
import { CreateAppError } from './create-error.js';

/** Refuses with `CreateAppError` `NOT_EMPTY` a folder that exists and holds anything (a file, a folder, even `.git`). */
export function checkEmptyFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new CreateAppError('NOT_EMPTY', `${dir} is not empty: choose a new folder, or empty this one first`);
  }
}
