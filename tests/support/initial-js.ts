import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** One script a page loads before any lazy chunk, with its size gzipped (level 9, as the budgets count it). */
export interface InitialScript {
  /** Its path inside the built folder, `/`-separated from the root: `/assets/index-abc.js`. */
  readonly path: string;
  readonly gzipBytes: number;
}

const base = 'http://dist.invalid';
/** The path inside the folder of `specifier` as written in `from` (a page or a module), or undefined for another origin. */
const pathOf = (specifier: string, from: string) => {
  const url = new URL(specifier, `${base}${from}`);
  return url.origin === base ? url.pathname : undefined;
};

/** The scripts and module preloads a page names in its markup (`<script src>`, `<link rel="modulepreload">`). */
function scriptsOfPage(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) found.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) found.push(attr('href')!);
  }
  return found;
}

/**
 * Every script the page `page` of the built folder `dist` loads before any lazy chunk: its scripts and module
 * preloads, and every module those import statically (`import … from`, `export … from`), followed through the
 * graph with es-module-lexer. A dynamic `import()` is where lazy loading starts: what only it reaches is left out.
 */
export async function initialScripts(dist: string, page = '/index.html'): Promise<InitialScript[]> {
  await init;
  const seen = new Map<string, InitialScript>();
  const queue = scriptsOfPage(readFileSync(join(dist, page), 'utf8')).map((src) => pathOf(src, page)).filter((path) => path !== undefined);
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    const code = readFileSync(join(dist, path));
    seen.set(path, { path, gzipBytes: gzipSync(code, { level: 9 }).length });
    const [imports] = parse(code.toString('utf8'));
    // `d === -1`: a static import or re-export; dynamic imports and `import.meta` have other values.
    for (const entry of imports) {
      const target = entry.d === -1 && entry.n !== undefined ? pathOf(entry.n, path) : undefined;
      if (target !== undefined) queue.push(target);
    }
  }
  return [...seen.values()];
}

/** The scripts' gzipped bytes together. */
export const totalGzip = (scripts: readonly InitialScript[]): number => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
