import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * Writes `manifest.json` at the bundle's root, where `citadel validate dist` and `citadel publish dist` read it, with
 * `backends` set to the backend origin the app is built with (`VITE_BACKEND_ORIGIN`): the one origin besides its own
 * that the platform lets a hosted app's pages connect to.
 */
function citadelManifest(backendOrigin: string | undefined): Plugin {
  let root = process.cwd();
  return {
    name: 'citadel-manifest',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle() {
      const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      const bundled = backendOrigin === undefined ? manifest : { ...manifest, backends: [backendOrigin] };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(bundled, null, 2)}\n` });
    },
  };
}

export default defineConfig(({ mode }) => {
  // The environment first, then the .env files: VITE_BACKEND_ORIGIN=https://api.example.vn npm run build.
  const backendOrigin = loadEnv(mode, process.cwd(), 'VITE_').VITE_BACKEND_ORIGIN || undefined;
  return {
    plugins: [citadelManifest(backendOrigin)],
    build: { target: 'es2022' },
  };
});
