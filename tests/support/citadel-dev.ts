import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const cli = resolve(import.meta.dirname, '../../packages/cli');

/**
 * A copy of `packages/cli/test/fixtures/<name>` in a new folder of `os.tmpdir()`, whose `node_modules` holds a link
 * to each package of `@citadel/cli`'s (vite, tsx, hono, @citadel/sdk…), as if the project had installed them.
 */
export function copyFixture(name: string): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'citadel-dev-'));
  const dir = join(root, name);
  cpSync(join(cli, 'test/fixtures', name), dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(cli, 'node_modules'))) {
    if (!entry.startsWith('.') || entry === '.bin') symlinkSync(join(cli, 'node_modules', entry), join(modules, entry));
  }
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A running `citadel dev`. */
export interface DevProcess {
  /** The URL it printed on its `Simulator:` line. */
  readonly simulator: string;
  /** Everything it printed so far, stdout and stderr. */
  readonly output: () => string;
  /** Resolves with the first line printed from now on that matches `pattern`. */
  line(pattern: RegExp): Promise<string>;
  /** Sends SIGTERM (citadel dev stops what it started) and resolves with its exit code once it exited. */
  stop(): Promise<number | null>;
}

/** Where `citadel` comes from, and the environment it runs in. */
export interface DevStartOptions {
  /** The CLI's `bin.js`: by default this repository's build; a scaffolded project's installed one to test a tarball. */
  readonly bin?: string;
  /** The environment: by default this process's. */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs `node <bin> dev …args` in `dir` (by default this repository's CLI), as `npx citadel dev` would, and waits for its simulator. */
export async function startCitadelDev(dir: string, args: readonly string[] = ['--port', '0'], options: DevStartOptions = {}): Promise<DevProcess> {
  const bin = options.bin ?? join(cli, 'dist/bin.js');
  const child: ChildProcess = spawn(process.execPath, [bin, 'dev', ...args], { cwd: dir, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  const waiting: Array<{ pattern: RegExp; found: (line: string) => void }> = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      printed += `${line}\n`;
      for (const wait of [...waiting]) {
        if (!wait.pattern.test(line)) continue;
        waiting.splice(waiting.indexOf(wait), 1);
        wait.found(line);
      }
    });
  }
  const line = (pattern: RegExp) => new Promise<string>((found, failed) => {
    const wait = { pattern, found };
    waiting.push(wait);
    // Only a line still awaited when citadel dev ended is a failure; stop() withdraws them all first.
    void exited.then((code) => {
      if (waiting.includes(wait)) failed(new Error(`citadel dev exited with ${code} before printing ${pattern}:\n${printed}`));
    });
  });
  const simulator = (await line(/^Simulator: /)).slice('Simulator: '.length);
  return {
    simulator,
    output: () => printed,
    line,
    async stop() {
      waiting.length = 0;
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
