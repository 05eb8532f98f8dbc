import { resolve } from 'node:path';
import { appShell, requireBackendOrigin } from '@citadel-miniapp/web-kit';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  logLevel: 'warn',
  // The backend's origin is build-time configuration (VITE_BACKEND_ORIGIN): a build without it fails here,
  // and it is the bundle manifest's `backends` (dist/manifest.json), the origin the platform lets the app connect to.
  // The kit's shell writes the page's charset, viewport, icon and status region (web-kit's README).
  plugins: [appShell(), requireBackendOrigin(manifest)],
  build: {
    outDir: 'dist', emptyOutDir: true, target: 'es2022',
    // The app works offline (manifest `offline`): its service worker is built beside the page, as `/sw.js` (not
    // content-hashed: the browser finds a new version at that one URL).
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), sw: resolve(import.meta.dirname, 'src/sw.ts') },
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
});
