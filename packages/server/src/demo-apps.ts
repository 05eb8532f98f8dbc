import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The demo's apps, published by `npm start` through the publishing path; no other folder is ever published by itself. */
export const DEMO_APP_FOLDERS = ['kitchen-sink', 'reporting', 'utilities', 'school', 'tourism'] as const;

/**
 * The demo apps of `miniappsDir` as `createPlatformServer`'s `apps`: each one's built `dist/` and the manifest its
 * build wrote there (`dist/manifest.json`, with its backend's origin), else its source `manifest.json`. Throws,
 * naming the folder, when one is not built: nothing is skipped without a word.
 */
export function demoApps(miniappsDir: string, folders: readonly string[] = DEMO_APP_FOLDERS): Array<{ manifest: unknown; dir: string }> {
  return folders.map((folder) => {
    const dir = resolve(miniappsDir, folder, 'dist');
    if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`The demo app ${folder} is not built (${dir}/index.html is missing): run \`npm run build\``);
    const built = resolve(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(existsSync(built) ? built : resolve(miniappsDir, folder, 'manifest.json'), 'utf8')) as unknown;
    return { manifest, dir };
  });
}
