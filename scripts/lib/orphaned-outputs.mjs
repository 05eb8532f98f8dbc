// `tsc -b` builds incrementally and never deletes: a source file removed or renamed leaves its compiled `.js`, `.d.ts`
// and maps in `dist/`, where a package's tarball would ship them. This removes, before a build, every output of a
// package's `dist/` whose `src/` file is gone.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './run.mjs';

const OUTPUT = /\.(js|d\.ts)(\.map)?$/;

/** Removes the orphaned outputs under `packages/<name>/dist`; answers the paths removed. */
export function removeOrphanedOutputs(packagesDir = join(root, 'packages')) {
  const removed = [];
  for (const name of readdirSync(packagesDir)) {
    const dist = join(packagesDir, name, 'dist');
    if (!existsSync(dist)) continue;
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
      if (!OUTPUT.test(file)) continue;
      const stem = file.replace(OUTPUT, '');
      const sources = ['.ts', '.tsx', '.mts'].map((ext) => join(packagesDir, name, 'src', `${stem}${ext}`));
      if (sources.some((source) => existsSync(source))) continue;
      rmSync(join(dist, file));
      removed.push(join(dist, file));
    }
  }
  return removed;
}
