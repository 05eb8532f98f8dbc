// `npm run docs`: regenerates docs/platform-api.md from the HTTP route table's OpenAPI documents.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderPlatformApi } from './docs/platform-api.js';

const target = resolve(import.meta.dirname, '../docs/platform-api.md');
writeFileSync(target, renderPlatformApi());
console.log(`wrote ${target}`);
