import { spawn } from 'node:child_process';
import { BIN } from './run-cli.js';

/**
 * Starts `citadel …args` in a child process that keeps running (`webhooks listen`), with `env` added to this one's:
 * `output(stream, pattern)` resolves once what it printed there matches, `interrupt()` sends SIGINT (Ctrl-C) and
 * resolves with the exit code.
 */
export function spawnCli(args: readonly string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const printed = { stdout: '', stderr: '' };
  const watchers: Array<() => void> = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8').on('data', (chunk: string) => {
      printed[stream] += chunk;
      for (const wake of watchers.splice(0)) wake();
    });
  }
  return {
    printed,
    /** Resolves with the first match of `pattern` in what the command printed on `stream`, now or once it does. */
    async output(stream: 'stdout' | 'stderr', pattern: RegExp): Promise<RegExpMatchArray> {
      for (;;) {
        const match = printed[stream].match(pattern);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`citadel exited (${child.exitCode}) without printing ${pattern}:\n${printed.stdout}\n${printed.stderr}`);
        await Promise.race([new Promise<void>((wake) => watchers.push(wake)), exited]);
      }
    },
    /** Sends SIGINT and resolves with the exit code. */
    interrupt(): Promise<number | null> {
      child.kill('SIGINT');
      return exited;
    },
    /** Ends the process whatever it is doing (a test that failed midway). */
    kill() {
      child.kill('SIGKILL');
    },
  };
}
