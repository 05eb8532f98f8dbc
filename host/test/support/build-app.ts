import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the mini-app in `appDir` into `outDir` for its backend at `backendOrigin` (and any further `env`), as a partner
 * builds theirs: `VITE_BACKEND_ORIGIN` in a `.env` file, read by the app's own vite.config.ts
 * (which fails without it). The `.env` file lives in `envDir`, not in the app's folder, so the
 * checkout and a running `npm start` see nothing of it.
 */
export async function buildApp(
  appDir: string,
  options: { readonly outDir: string; readonly envDir: string; readonly backendOrigin: string; readonly env?: Readonly<Record<string, string>> },
): Promise<void> {
  // Further build-time configuration (`VITE_MAP_TILE_URL`) goes into the same file.
  const more = Object.entries(options.env ?? {}).map(([name, value]) => `${name}=${value}\n`).join('');
  writeFileSync(join(options.envDir, '.env'), `VITE_BACKEND_ORIGIN=${options.backendOrigin}\n${more}`);
  await build({
    root: appDir,
    configFile: join(appDir, 'vite.config.ts'),
    envDir: options.envDir,
    logLevel: 'warn',
    build: { outDir: options.outDir, emptyOutDir: true },
  });
}
