// NUL and the other C0 controls and DEL: a file system or a log may cut or rewrite the name at them.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Why `path` (an entry name as the archive spells it; a folder's ends with `/`) cannot be a
 * file of a bundle, or `undefined` when it can. A bundle's paths become URL paths on the
 * app's origin and, wherever it is stored, names on a disk: each must stay inside the bundle
 * and mean one thing everywhere.
 */
export function unsafePathReason(path: string): string | undefined {
  if (path === '' || path === '/') return 'is empty';
  if (CONTROL.test(path)) return 'holds a NUL or control character';
  if (path.includes('\\')) return 'holds a backslash';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  const segments = (path.endsWith('/') ? path.slice(0, -1) : path).split('/');
  if (segments.includes('..')) return 'climbs out of the bundle with ".."';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." segment';
  return undefined;
}
