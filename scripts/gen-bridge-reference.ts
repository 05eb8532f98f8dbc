// `npm run docs`: regenerates docs/reference/bridge.md from the registry.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderBridgeReference } from './docs/bridge-reference.js';

const target = resolve(import.meta.dirname, '../docs/reference/bridge.md');
writeFileSync(target, renderBridgeReference());
console.log(`wrote ${target}`);
