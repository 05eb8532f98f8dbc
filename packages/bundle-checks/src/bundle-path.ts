// NUL and the other C0 controls and DEL: a file system or a log may cut or rewrite the name at them.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The longest path a bundle may hold, in characters; far beyond what a build writes (`assets/index-CtCNelrc.js`). */
export const MAX_PATH_LENGTH = 512;
/** The most segments a path may have: `a/b/c` has 3. */
export const MAX_PATH_DEPTH = 32;

/**
 * Why `path` (an entry name as the archive spells it; a folder's ends with `/`) cannot be a
 * file of a bundle, or `undefined` when it can. A bundle's paths become URL paths on the
 * app's origin and, wherever it is stored, names on a disk: each must stay inside the bundle
 * and mean one thing everywhere. Length and depth are bounded so that checking a name costs little.
 */
export function unsafePathReason(path: string): string | undefined {
  if (path === '' || path === '/') return 'is empty';
  if (path.length > MAX_PATH_LENGTH) return `is longer than ${MAX_PATH_LENGTH} characters`;
  if (CONTROL.test(path)) return 'holds a NUL or control character';
  if (path.includes('\\')) return 'holds a backslash';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  const segments = (path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (segments.includes('..')) return 'climbs out of the bundle with ".."';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." segment';
  if (segments.length > MAX_PATH_DEPTH) return `is more than ${MAX_PATH_DEPTH} folders deep`;
  return undefined;
}

/**
 * A URL path as the bundle path it serves (`/a/b.js` → `a/b.js`), decoded once; undefined for anything that could
 * leave the bundle or read as another path (`..`, backslashes, NUL, bad percent-encoding).
 */
export function bundlePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return undefined;
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  return segments.join('/');
}
