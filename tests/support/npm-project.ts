import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A plain npm project in a fresh folder of `os.tmpdir()`, outside the repository: what a partner starts from. */
export interface NpmProject {
  /** The folder that holds this run's files; the project is `dir/app`. */
  readonly root: string;
  /** The project's folder, with its `package.json`. */
  readonly dir: string;
  /** Runs a command in the project's folder with `cleanEnv()`; never throws, answers its status, its standard output and all it printed. */
  run(command: string, args: readonly string[]): { status: number | null; stdout: string; output: string };
  /** Deletes `root`. */
  remove(): void;
}

/**
 * The environment without what `npm run` or pnpm set for the repository (`npm_config_*`, `npm_package_*`,
 * `pnpm_*`…): with them, an npm started in the project would take the repository's settings for its own.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
}

/** Creates an ESM project named `consumer` with no dependencies yet. */
export function createNpmProject(prefix: string): NpmProject {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(root, 'app');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  return {
    root,
    dir,
    run(command, args) {
      const result = spawnSync(command, args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
      const stdout = result.stdout ?? '';
      return { status: result.status, stdout, output: `${stdout}${result.stderr ?? ''}${result.error?.message ?? ''}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
