import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The fixtures are served twice by the real platform server: harness.html on the host origin,
// app.html on each fixture app's own origin.
export default defineConfig({
  root: resolve(import.meta.dirname, 'fixtures'),
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'fixtures/dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        harness: resolve(import.meta.dirname, 'fixtures/harness.html'),
        app: resolve(import.meta.dirname, 'fixtures/app.html'),
        empty: resolve(import.meta.dirname, 'fixtures/empty.html'),
        bench: resolve(import.meta.dirname, 'fixtures/bench.html'),
        'bench-app': resolve(import.meta.dirname, 'fixtures/bench-app.html'),
      },
    },
  },
});
