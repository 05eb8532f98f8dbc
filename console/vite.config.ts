import { defineConfig } from 'vite';
import { pageBuild } from '../scripts/lib/page-build.mjs';

// The console's CSP is stricter still (no 'unsafe-inline' styles): lit's styles are constructed style sheets.
export default defineConfig({ logLevel: 'warn', build: pageBuild });
