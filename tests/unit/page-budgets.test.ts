import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_APP_FOLDERS } from '@citadel/server';
import { initialScripts, totalGzip, type InitialScript } from '../support/initial-js.js';

const repo = resolve(import.meta.dirname, '../..');

/**
 * Issue 16's budgets for what a phone downloads before the first screen, in gzipped bytes (1 KB = 1,000 bytes): the
 * host's initial JS, and each demo mini-app's. Over budget, make the page fit (lazy-load, split); never raise these.
 */
const HOST_BUDGET_BYTES = 60_000;
const APP_BUDGET_BYTES = 40_000;

const report = (name: string, scripts: readonly InitialScript[], budget: number) =>
  console.log(`${name}: initial JS ${totalGzip(scripts)} B gzip of ${budget} (${scripts.map((s) => `${s.path} ${s.gzipBytes}`).join(', ')})`);

describe('initial JS budgets of the built pages', () => {
  it(`the host loads at most ${HOST_BUDGET_BYTES} bytes of JS gzip before any lazy chunk`, async () => {
    const scripts = await initialScripts(join(repo, 'host/dist'));
    report('host', scripts, HOST_BUDGET_BYTES);
    expect(scripts.length).toBeGreaterThan(0);
    expect(totalGzip(scripts)).toBeLessThanOrEqual(HOST_BUDGET_BYTES);
  });

  it.each(DEMO_APP_FOLDERS)(`the demo mini-app %s loads at most ${APP_BUDGET_BYTES} bytes of JS gzip before any lazy chunk`, async (folder) => {
    const scripts = await initialScripts(join(repo, 'miniapps', folder, 'dist'));
    report(folder, scripts, APP_BUDGET_BYTES);
    expect(scripts.length).toBeGreaterThan(0);
    expect(totalGzip(scripts)).toBeLessThanOrEqual(APP_BUDGET_BYTES);
  });
});

describe('what the budgets count', () => {
  /** A built folder of `files`, by path. */
  const built = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'citadel-budget-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };

  it('counts the page\'s scripts, its preloads and what they import statically, never a lazy chunk or another origin', async () => {
    const dir = built({
      'index.html': '<!doctype html><script type="module" crossorigin src="/assets/entry.js"></script><link rel="modulepreload" href="/assets/preloaded.js"><script src="/classic.js"></script>',
      'classic.js': 'window.x=1;',
      'assets/entry.js': 'import{a}from"./shared.js";export*from"./reexported.js";import"https://cdn.invalid/x.js";const lazy=()=>import("./lazy.js");a(lazy);',
      'assets/shared.js': 'export const a=(f)=>f;',
      'assets/reexported.js': 'import"./shared.js";export const b=1;',
      'assets/preloaded.js': 'export const p=1;',
      'assets/lazy.js': `export const big="${'x'.repeat(5000)}";import"./lazy-only.js";`,
      'assets/lazy-only.js': 'export {};',
    });
    const scripts = await initialScripts(dir);
    expect(scripts.map((s) => s.path).sort()).toEqual(['/assets/entry.js', '/assets/preloaded.js', '/assets/reexported.js', '/assets/shared.js', '/classic.js']);
    expect(totalGzip(scripts)).toBe(scripts.reduce((sum, s) => sum + s.gzipBytes, 0));
    expect(scripts.every((s) => s.gzipBytes > 0)).toBe(true);
  });

  it('follows a mini-app\'s relative script paths', async () => {
    const dir = built({
      'index.html': '<script type="module" src="./assets/main.js"></script>',
      'assets/main.js': 'import"./dep.js";',
      'assets/dep.js': 'export {};',
    });
    expect((await initialScripts(dir)).map((s) => s.path)).toEqual(['/assets/main.js', '/assets/dep.js']);
  });
});
