import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// citadel dev serves its simulator page from the package's own dist/simulator/, bundled at build time (and again by
// prepack): a partner who installed the tarball has none of its dev dependencies (runtime, ui, lit), so the bundle
// must import nothing by name.

const cli = resolve(import.meta.dirname, '..');
const simulator = resolve(cli, 'dist/simulator');

describe('the simulator bundle', () => {
  it('is in dist/, which the package ships, with the page loading it', () => {
    const manifest = JSON.parse(readFileSync(resolve(cli, 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> };
    expect(manifest.files).toContain('dist');
    expect(manifest.scripts['prepack']).toContain('bundle-simulator');
    expect(existsSync(resolve(simulator, 'simulator.mjs'))).toBe(true);
    expect(readFileSync(resolve(simulator, 'index.html'), 'utf8')).toContain('<script type="module" src="/simulator.mjs"></script>');
  });

  it('imports no package by name: the runtime, the ui elements and lit are inside it', () => {
    const code = readFileSync(resolve(simulator, 'simulator.mjs'), 'utf8');
    expect(code.match(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?![./])[^"']+["']/g) ?? []).toEqual([]);
    expect(code).toContain('citadel-app-view');
    expect(code).toContain('citadel-dev-inspector');
  });
});
