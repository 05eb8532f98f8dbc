import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const page = (name: string) => resolve(import.meta.dirname, `fixtures/${name}.html`);

// Two builds, served by the real platform server: the host's pages (`--mode host`: harness.html, bench.html) on the
// host origin, and the apps' pages (`--mode apps`: app.html, empty.html, nested.html, bench-app.html, and public/) published as
// each fixture app's bundle, on its own origin. Apart, an app's bundle holds only app code, as a partner's does.
export default defineConfig(({ mode }) => ({
  root: resolve(import.meta.dirname, 'fixtures'),
  logLevel: 'warn',
  publicDir: mode === 'apps' ? resolve(import.meta.dirname, 'fixtures/public') : false,
  build: {
    outDir: resolve(import.meta.dirname, `fixtures/dist/${mode === 'apps' ? 'apps' : 'host'}`),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: mode === 'apps'
        ? { app: page('app'), empty: page('empty'), nested: page('nested'), 'bench-app': page('bench-app') }
        : { harness: page('harness'), bench: page('bench') },
    },
  },
}));
