import { spawn } from 'node:child_process';
import { cleanEnv } from '../../../tests/support/npm-project.js';

/** How a command in a generated project ended: its exit code and everything it printed. */
export interface StepResult {
  readonly status: number | null;
  readonly output: string;
}

/**
 * The environment a partner's shell would have: without what npm, pnpm (`cleanEnv`) and this Vitest run set, so the
 * project's own Vitest and Vite start as they would on the partner's machine.
 */
export function partnerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(cleanEnv()).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$|FORCE_COLOR$)/.test(key)));
}

/** Runs `command args` in `cwd` without blocking this process, and resolves when it exits, whatever its code. */
export function runIn(cwd: string, command: string, args: readonly string[]): Promise<StepResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: partnerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', (error) => done({ status: null, output: `${output}${error.message}` }));
    // Colour codes, should a tool print them anyway, are left out: the tests read the words.
    child.on('close', (status) => done({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
