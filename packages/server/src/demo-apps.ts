import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The demo's apps, published by `npm start` through the publishing path; no other folder is ever published by itself. */
export const DEMO_APP_FOLDERS = ['kitchen-sink', 'reporting', 'utilities', 'school', 'tourism'] as const;

/**
 * The demo apps that show developers the platform rather than serve citizens: flagged `demo` in the registry, so the
 * citizen catalogue lists them only when the server shows demo apps (`showDemoApps`, `CITADEL_DEMO_APPS`).
 */
export const DEVELOPER_DEMO_FOLDERS: readonly string[] = ['kitchen-sink'];

/**
 * The demo apps of `miniappsDir` as `createPlatformServer`'s `apps`: each one's built `dist/` and the manifest its
 * build wrote there (`dist/manifest.json`, with its backend's origin), else its source `manifest.json`, and `demo`
 * for those of `DEVELOPER_DEMO_FOLDERS`. Throws, naming the folder, when one is not built: nothing is skipped without a word.
 */
export function demoApps(miniappsDir: string, folders: readonly string[] = DEMO_APP_FOLDERS): Array<{ manifest: unknown; dir: string; demo: boolean }> {
  return folders.map((folder) => ({ ...builtApp(resolve(miniappsDir, folder)), demo: DEVELOPER_DEMO_FOLDERS.includes(folder) }));
}

/**
 * An app project's build, to publish: its `dist/` and the manifest the build wrote there (`dist/manifest.json`),
 * else the project's own `manifest.json`. Throws, naming the folder, when it is not built or has no manifest.
 */
export function builtApp(projectDir: string): { manifest: unknown; dir: string } {
  const dir = resolve(projectDir, 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${projectDir} is not built (${dir}/index.html is missing): build it first`);
  const built = resolve(dir, 'manifest.json');
  const source = existsSync(built) ? built : resolve(projectDir, 'manifest.json');
  if (!existsSync(source)) throw new Error(`${projectDir} has no manifest.json`);
  return { manifest: JSON.parse(readFileSync(source, 'utf8')) as unknown, dir };
}
