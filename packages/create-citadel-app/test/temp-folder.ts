import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folders this test file made, removed by `removeTempFolders` (its `afterAll`). */
const made: string[] = [];

/** A new empty folder under the system's temporary folder, outside the repository. */
export function tempFolder(prefix = 'create-citadel-app-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

/** Removes every folder `tempFolder` made. */
export function removeTempFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}
