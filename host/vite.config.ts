import { defineConfig } from 'vite';
import { pageBuild } from '../scripts/lib/page-build.mjs';

export default defineConfig({ logLevel: 'warn', build: pageBuild });
