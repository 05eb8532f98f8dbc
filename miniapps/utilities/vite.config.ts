import { requireBackendOrigin } from '@citadel-miniapp/web-kit';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  // The backend's origin is build-time configuration (VITE_BACKEND_ORIGIN): a build without it fails here.
  plugins: [requireBackendOrigin()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
