import { createHash } from 'node:crypto';
import { contentTypeOf } from './content-types.js';
import type { BundleFile } from './bundle-file.js';
import { extensionOf, kindOf } from './file-kinds.js';
import type { CheckedFile } from './finding.js';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** The bundle's files sorted by path (UTF-16 code units, as `Array#sort` compares), each with its size, SHA-256 and content type. */
export function listFiles(files: readonly BundleFile[]): CheckedFile[] {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({
      path: file.path,
      size: file.bytes.byteLength,
      sha256: sha256(file.bytes),
      contentType: kindOf(file.path) === undefined ? 'application/octet-stream' : contentTypeOf(extensionOf(file.path)),
    }));
}

/**
 * SHA-256 (hex) over the sorted file list: one line `<sha256 of the bytes> <path>\n` per file, as
 * `sha256sum` writes it, so it can be checked by hand. The same files give the same hash
 * whatever order the archive held them in; a path never holds a newline (`readBundle` refuses
 * control characters), so no two lists write the same text.
 */
export const bundleHashOf = (listed: readonly CheckedFile[]): string =>
  sha256(listed.map((file) => `${file.sha256}  ${file.path}\n`).join(''));
