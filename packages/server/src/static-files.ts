import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentTypeOf } from '@citadel/bundle-checks';

/** A file ready to send. */
export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly cacheControl: string;
}

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
export async function findStatic(dir: string, urlPath: string, navigation = false): Promise<StaticFile | undefined> {
  const target = resolveInside(dir, urlPath);
  if (!target) return undefined;
  const candidates = [target, resolve(target, 'index.html')];
  if (navigation || extname(urlPath) === '') candidates.push(resolve(dir, 'index.html'));
  for (const file of candidates) {
    const body = await readIfFile(file);
    if (body) return { body, contentType: contentTypeOf(extname(file)), cacheControl: cacheControlFor(urlPath, file) };
  }
  return undefined;
}
