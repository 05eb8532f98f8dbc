import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The pnpm release the workspace is pinned to; every script runs this one through npx. */
export const PNPM = 'pnpm@12.21.0';

/** Runs a command in the repository root with inherited output; exits with its code on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`✗ ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0 && !options.allowFailure) {
    console.error(`✗ ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
  return result;
}

/** Runs pnpm through npx, so a machine with only Node and npm needs nothing else. */
export function pnpm(args, options) {
  return run('npx', ['--yes', PNPM, ...args], options);
}

/** Runs a binary installed in node_modules/.bin. */
export function bin(name, args, options) {
  return run(resolve(root, 'node_modules/.bin', name), args, options);
}

/** Runs pnpm through npx without waiting; resolves when it exits 0, exits the process with its code otherwise. */
export function pnpmAsync(args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn('npx', ['--yes', PNPM, ...args], { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`✗ pnpm: ${error.message}`);
      process.exit(1);
    });
    child.on('exit', (code, signal) => {
      if (code === 0) return resolveRun();
      console.error(`✗ pnpm ${args.join(' ')} exited with ${code ?? signal}`);
      process.exit(code ?? 1);
    });
  });
}
