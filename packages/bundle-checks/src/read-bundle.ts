import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { BundleError } from './bundle-error.js';
import type { BundleFile } from './bundle-file.js';
import { listEntries } from './central-directory.js';
import { resolveLimits, type BundleLimits } from './limits.js';

async function openZip(archive: Uint8Array): Promise<ZipFile> {
  try {
    // No name decoding by yauzl: listEntries decodes and checks every name, with a typed error.
    return await fromBufferPromise(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength), {
      lazyEntries: true, autoClose: false, decodeStrings: false, strictFileNames: true, validateEntrySizes: true,
    });
  } catch (error) {
    throw new BundleError('NOT_A_ZIP', `Not a zip archive: ${(error as Error).message}`);
  }
}

/** Unpacks one entry; yauzl fails the stream when the data is longer or shorter than the directory says. */
async function unpack(zip: ZipFile, path: string, entry: Entry): Promise<Uint8Array> {
  const bytes = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  try {
    for await (const chunk of await zip.openReadStreamPromise(entry) as AsyncIterable<Buffer>) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
  } catch (error) {
    throw new BundleError('NOT_A_ZIP', `${path} does not unpack as the archive's directory says: ${(error as Error).message}`, { path });
  }
  return bytes;
}

/**
 * Unpacks a partner's bundle, a zip archive of static files, in memory. Refuses with a
 * `BundleError` naming the limit (`limitName`, `limit`) or the path: an archive over
 * `maxArchiveBytes`, not a zip, more than `maxFiles` files, a file over `maxFileBytes` or all of
 * them over `maxTotalBytes`, a zip bomb (`maxCompressionRatio`), a path that is absolute, climbs
 * out with `..` or holds a backslash, NUL or control character, a symbolic link or other special
 * file, a path twice (or in two cases), encrypted entries, and folders without files. Every check
 * on the archive's directory runs before anything is unpacked, and unpacking stops at the first
 * byte past what the directory declared. `limits` default to `defaultBundleLimits`.
 * Resolves to the files in archive order, folders left out.
 */
export async function readBundle(archive: Uint8Array, limits: Partial<BundleLimits> = {}): Promise<BundleFile[]> {
  const resolved = resolveLimits(limits);
  if (archive.byteLength > resolved.maxArchiveBytes) {
    throw new BundleError('TOO_LARGE', `The archive is ${archive.byteLength} bytes, over ${resolved.maxArchiveBytes}`, { limitName: 'maxArchiveBytes', limit: resolved.maxArchiveBytes });
  }
  const zip = await openZip(archive);
  try {
    const listed = await listEntries(zip, resolved);
    const files: BundleFile[] = [];
    for (const { path, entry } of listed) {
      files.push({ path, bytes: await unpack(zip, path, entry) });
    }
    return files;
  } finally {
    zip.close();
  }
}
