import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PNPM, root } from './run.mjs';

/**
 * `{ name, version, dir }` of every package under `packages/` whose `package.json` is not `private`: the ones
 * published. Sorted by folder. A new package joins by being there and not private.
 */
export function publicPackages() {
  const packages = resolve(root, 'packages');
  const found = [];
  for (const folder of readdirSync(packages).sort()) {
    const file = resolve(packages, folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    if (manifest.private !== true) found.push({ name: manifest.name, version: manifest.version, dir: dirname(file) });
  }
  return found;
}

/**
 * Packs every public package, as built, into `destination` with `pnpm pack` (the workspace's pinned pnpm, through
 * npx), which writes `workspace:` ranges as the real versions. Returns `{ name, version, tarball }` for each; throws
 * with pnpm's output when a pack fails.
 */
export function packPackages(destination) {
  mkdirSync(destination, { recursive: true });
  return publicPackages().map(({ name, version, dir }) => {
    const result = spawnSync('npx', ['--yes', PNPM, 'pack', '--pack-destination', destination, '--json'], { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pnpm pack ${name} exited with ${result.status ?? result.signal}: ${result.stderr}${result.stdout}`);
    // With --json, a lifecycle script's output may come first: the answer is the object that starts a line.
    const answer = result.stdout.slice(result.stdout.lastIndexOf('\n{') + 1);
    return { name, version, tarball: JSON.parse(answer).filename };
  });
}
