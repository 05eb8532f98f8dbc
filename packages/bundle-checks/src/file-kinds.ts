/**
 * How the checks read each type a bundle may hold: `script`, `html`, `style` and `svg` are read
 * for what they load and call, every kind but `binary` is scanned for secrets.
 */
export type FileKind = 'html' | 'script' | 'style' | 'svg' | 'text' | 'binary';

/**
 * The static web types a bundle may hold, by extension. Not WebAssembly: none of the checks can
 * read a module's code for secrets, bridge calls or remote loads, so a reviewer would pass it
 * unread; it can join this table when a check reads it.
 */
export const bundleFileKinds: Readonly<Record<string, FileKind>> = {
  '.html': 'html',
  '.js': 'script',
  '.mjs': 'script',
  '.css': 'style',
  '.svg': 'svg',
  '.json': 'text',
  '.map': 'text',
  '.webmanifest': 'text',
  '.txt': 'text',
  '.png': 'binary',
  '.jpg': 'binary',
  '.jpeg': 'binary',
  '.webp': 'binary',
  '.avif': 'binary',
  '.gif': 'binary',
  '.ico': 'binary',
  '.woff': 'binary',
  '.woff2': 'binary',
};

/** The extension of a bundle path, lower-cased with its dot (`.js`), or `''`; a leading dot (`.env`) is a name, not an extension. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The kind of a bundle file, or `undefined` for a type a bundle may not hold. */
export function kindOf(path: string): FileKind | undefined {
  const extension = extensionOf(path);
  return Object.hasOwn(bundleFileKinds, extension) ? bundleFileKinds[extension] : undefined;
}
