import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import type { Output } from '../output.js';

/** The partner's backend, run with `npm run backend`. */
export interface BackendProcess {
  /** Resolves once its port accepts connections, or once it exited (`false`) or `waitMs` passed (`false`). */
  readonly listening: Promise<boolean>;
  /** Ends it and everything it started (its process group), and resolves when it exited. */
  stop(): Promise<void>;
}

const accepts = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
});

/** Prints each line of `stream` with `prefix`. */
function relay(stream: NodeJS.ReadableStream | null, print: (line: string) => void, prefix: string): void {
  if (stream) createInterface({ input: stream }).on('line', (line) => print(`${prefix}${line}`));
}

/**
 * Runs `npm run backend` in `dir` with `env` added, in a process group of its own (so `stop()` ends `tsx watch` and
 * the server it runs), printing its output a line each after `[backend] `.
 */
export function startBackend(dir: string, env: Readonly<Record<string, string>>, port: number, io: Output, waitMs = 30_000): BackendProcess {
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'backend'], {
    cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  relay(child.stdout, io.out, '[backend] ');
  relay(child.stderr, io.err, '[backend] ');
  const exited = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    if (!stopping) io.err(`[backend] npm run backend exited with ${code ?? signal}`);
    resolve();
  }));
  let stopping = false;
  let gone = false;
  // Whatever ends citadel dev (a crash, process.exit), the backend's process group ends with it.
  const onExit = () => {
    if (!gone && child.pid !== undefined) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  process.on('exit', onExit);
  void exited.then(() => {
    gone = true;
    process.off('exit', onExit);
  });
  const listening = (async () => {
    const until = Date.now() + waitMs;
    // Polled, not timed: the port answers as soon as the backend listens.
    while (!gone && Date.now() < until) {
      if (await accepts(port)) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  })();
  return {
    listening,
    async stop() {
      stopping = true;
      if (gone || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
}
