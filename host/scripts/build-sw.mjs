// Bundles src/sw.ts and injects the precache manifest of the built host into it.
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

const dist = new URL('../dist/', import.meta.url).pathname;
await build({
  entryPoints: [new URL('../src/sw.ts', import.meta.url).pathname],
  outfile: `${dist}sw.js`,
  bundle: true, minify: true, format: 'iife', target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const { count, size, warnings } = await injectManifest({
  swSrc: `${dist}sw.js`,
  swDest: `${dist}sw.js`,
  globDirectory: dist,
  globPatterns: ['index.html', 'assets/*.{js,css}', 'icons/*.{png,svg}', 'manifest.webmanifest'],
});
for (const warning of warnings) console.warn(warning);
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KiB)`);
