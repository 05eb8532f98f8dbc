import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every folder of `miniappsDir` with a `manifest.json` and a built `dist/`, as hosted apps (manifests unvalidated). */
export function discoverApps(miniappsDir: string): Array<{ manifest: unknown; dir: string }> {
  if (!existsSync(miniappsDir)) return [];
  return readdirSync(miniappsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(miniappsDir, d.name, 'manifest.json')) && existsSync(resolve(miniappsDir, d.name, 'dist')))
    .map((d) => ({
      manifest: JSON.parse(readFileSync(resolve(miniappsDir, d.name, 'manifest.json'), 'utf8')) as unknown,
      dir: resolve(miniappsDir, d.name, 'dist'),
    }));
}
