import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../src/budgets.js';
import { checkFileTypes } from '../src/file-types.js';
import { defaultBundleLimits } from '../src/index.js';
import { bundleFiles, minimalBundle } from './zip-fixtures.js';

describe('file types', () => {
  it('accepts the static web types, whatever the case of the extension', () => {
    const allowed = ['a.html', 'a.js', 'a.mjs', 'a.css', 'a.json', 'a.svg', 'a.png', 'a.JPG', 'a.jpeg', 'a.webp', 'a.gif', 'a.ico', 'a.woff', 'a.woff2', 'a.txt', 'a.js.map', 'app.webmanifest', 'a.avif'];
    expect(checkFileTypes(bundleFiles({ ...minimalBundle(), ...Object.fromEntries(allowed.map((p) => [`assets/${p}`, 'x'])) }))).toEqual([]);
  });

  it.each(['tool.exe', 'deploy.sh', 'api.php', 'engine.wasm', 'LICENSE', '.env', 'assets/.htaccess', 'page.htm', 'x.js.bak'])('refuses %s, naming it', (path) => {
    expect(checkFileTypes(bundleFiles(minimalBundle({ [path]: 'x' })))).toEqual([
      { check: 'file-type', severity: 'error', file: path, message: expect.stringContaining(`${path} is not a static web file type`) },
    ]);
  });

  it('wants manifest.json at the root, not in a folder (the entry page is the manifest check\'s)', () => {
    const { 'manifest.json': manifest, ...rest } = minimalBundle();
    const findings = checkFileTypes(bundleFiles({ ...rest, 'app/manifest.json': manifest! }));
    expect(findings).toEqual([
      { check: 'archive', severity: 'error', file: 'manifest.json', message: "manifest.json must be at the bundle's root" },
    ]);
  });
});

describe('budgets', () => {
  const bytes = (n: number) => new Uint8Array(n);

  it('holds files to the bundle limits however they arrived, naming the limit', () => {
    expect(checkBudgets(bundleFiles(minimalBundle()), defaultBundleLimits)).toEqual([]);
    const limits = { ...defaultBundleLimits, maxFiles: 2, maxFileBytes: 100, maxTotalBytes: 150 };
    expect(checkBudgets(bundleFiles({ 'a.png': bytes(120), 'b.png': bytes(20), 'c.png': bytes(20) }), limits)).toEqual([
      { check: 'budget', severity: 'error', rule: 'maxFiles', message: 'The bundle has 3 files, over maxFiles (2)' },
      { check: 'budget', severity: 'error', file: 'a.png', rule: 'maxFileBytes', message: 'a.png is 120 bytes, over maxFileBytes (100)' },
      { check: 'budget', severity: 'error', rule: 'maxTotalBytes', message: 'The bundle is 160 bytes, over maxTotalBytes (150)' },
    ]);
  });
});
