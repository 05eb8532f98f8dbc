import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/** The built bin, run as `npm create citadel-app` runs it: `node packages/create-citadel-app/dist/bin.js …`. */
const BIN = resolve(import.meta.dirname, '../dist/bin.js');

/** What one run printed, and its exit code. */
export interface CreateRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `create-citadel-app …args` in `cwd` in a child process whose standard input is not a terminal (so it asks
 * nothing) and resolves when it exits, whatever its code.
 */
export function runCreateBin(args: readonly string[], cwd: string): Promise<CreateRun> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      done({ code, stdout, stderr });
    });
    child.stdin?.end();
  });
}
