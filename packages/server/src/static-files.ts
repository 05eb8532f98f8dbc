import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentTypeOf } from '@citadel/bundle-checks';
import { CONTENT_ENCODINGS, type ContentEncoding } from './compression/encode.js';

/** A file ready to send. */
export interface StaticFile {
  /** The bytes to send: the precompressed form's when `encoding` is set. */
  readonly body: Buffer;
  /** The content coding of `body` (`Content-Encoding`); undefined for the file's own bytes. */
  readonly encoding?: ContentEncoding;
  readonly contentType: string;
  readonly cacheControl: string;
}

/** Options of `findStatic`. */
export interface FindStaticOptions {
  /** A browser's navigation (`Sec-Fetch-Mode: navigate`): a path that matches no file answers the root `index.html`. */
  readonly navigation?: boolean;
  /**
   * Picks the content coding to send from those the file has beside it (`scripts/precompress.mjs` writes `<file>.br`
   * and `<file>.gz` at build), best first; undefined sends the file itself. Default: always the file itself.
   */
  readonly chooseEncoding?: (available: readonly ContentEncoding[]) => ContentEncoding | undefined;
}

/** The file's forms precompressed at build, by coding: `<file>.br`, `<file>.gz`. */
const SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Maps a URL path to a file strictly inside `dir`: the path is decoded once, and any result
 * outside `dir` (`..`, encoded `%2e%2e`, backslashes, NUL) is refused as not found.
 */
export function resolveInside(dir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const root = resolve(dir);
  const target = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return target;
}

const cacheControlFor = (urlPath: string, file: string) => {
  const name = file.split(sep).pop() ?? '';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable'; // content-hashed by vite
  if (name === 'index.html' || name === 'sw.js' || name.endsWith('.webmanifest') || name === 'manifest.json' || name.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the file for `urlPath` in `dir`: the file itself, a folder's `index.html`, or, for a
 * client-side route, the root `index.html`. A route is a path without an extension, or any
 * path a browser navigates to (`navigation`: `Sec-Fetch-Mode: navigate`), so a deep link such as
 * `/tuition/hs-3.2026-12` opens the app while a missing script is still a 404.
 */
export async function findStatic(dir: string, urlPath: string, options: FindStaticOptions = {}): Promise<StaticFile | undefined> {
  const target = resolveInside(dir, urlPath);
  if (!target) return undefined;
  const candidates = [target, resolve(target, 'index.html')];
  if (options.navigation || extname(urlPath) === '') candidates.push(resolve(dir, 'index.html'));
  for (const file of candidates) {
    const body = await readIfFile(file);
    if (!body) continue;
    const found = { body, contentType: contentTypeOf(extname(file)), cacheControl: cacheControlFor(urlPath, file) };
    if (!options.chooseEncoding) return found;
    const present = await Promise.all(CONTENT_ENCODINGS.map((encoding) => isFile(`${file}${SUFFIX[encoding]}`)));
    const encoding = options.chooseEncoding(CONTENT_ENCODINGS.filter((_, i) => present[i]));
    const encoded = encoding && (await readIfFile(`${file}${SUFFIX[encoding]}`));
    return encoding && encoded ? { ...found, body: encoded, encoding } : found;
  }
  return undefined;
}
