import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../packages/protocol/src/index.js';
import { renderBridgeReference } from '../../scripts/docs/bridge-reference.js';

describe('docs/reference/bridge.md', () => {
  it('is what the registry generates (run `npm run docs` after changing a method)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../docs/reference/bridge.md'), 'utf8');
    expect(committed).toBe(renderBridgeReference());
  });

  it('documents every method with its permission and version', () => {
    const page = renderBridgeReference();
    for (const name of methodNames) expect(page).toContain(`### \`${name}\``);
    expect(page).toContain('- **Permission:** `location`');
  });
});
