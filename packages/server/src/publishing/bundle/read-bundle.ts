import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { BundleError } from './bundle-error.js';
import type { BundleFile } from './bundle-file.js';
import { unsafePathReason } from './bundle-path.js';
import { specialEntryReason } from './entry-mode.js';
import { resolveLimits, type BundleLimits } from './limits.js';

const DEFLATE = 8;

/**
 * Files smaller than this are not held to `maxCompressionRatio`: a short run of spaces can
 * shrink 300-fold, and `maxFiles` × this is far below any harm.
 */
const RATIO_APPLIES_FROM_BYTES = 64 * 1024;

// Names are read as UTF-8 whatever the entry's flags say: yauzl would read a name without the
// UTF-8 flag as CP437, where the byte of a newline is '◙', and so hide a control character that
// another unzipper keeps. An ASCII name reads the same either way; any other must be UTF-8.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function entryName(raw: Buffer): string {
  try {
    return utf8.decode(raw);
  } catch {
    const shown = raw.toString('latin1');
    throw new BundleError('UNSAFE_PATH', `The path ${JSON.stringify(shown)} is not UTF-8`, { path: shown });
  }
}

/** Lower-cased and composed: two names that a case-insensitive or normalising disk would store as one. */
const collisionKey = (path: string) => path.normalize('NFC').toLowerCase();

/** Every folder above `path`, as collision keys: `a/b/c` → `a`, `a/b`. */
function foldersAbove(key: string): string[] {
  const parts = key.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

async function openZip(archive: Uint8Array): Promise<ZipFile> {
  try {
    // No name decoding by yauzl: every name is decoded and checked below, with a typed error.
    return await fromBufferPromise(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength), {
      lazyEntries: true, autoClose: false, decodeStrings: false, strictFileNames: true, validateEntrySizes: true,
    });
  } catch (error) {
    throw new BundleError('NOT_A_ZIP', `Not a zip archive: ${(error as Error).message}`);
  }
}

/** Reads the central directory and refuses, before a byte is unpacked, whatever breaks a rule or a limit. */
async function listFiles(zip: ZipFile, limits: BundleLimits): Promise<Array<{ path: string; entry: Entry }>> {
  const files: Array<{ path: string; entry: Entry }> = [];
  const fileKeys = new Set<string>();
  const folderKeys = new Set<string>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry.fileNameRaw);
      const unsafe = unsafePathReason(name);
      if (unsafe) throw new BundleError('UNSAFE_PATH', `The path ${JSON.stringify(name)} ${unsafe}`, { path: name });
      const isFolder = name.endsWith('/');
      const special = specialEntryReason(entry.externalFileAttributes, isFolder);
      if (special) throw new BundleError('SPECIAL_FILE', `${name} ${special}; a bundle holds plain files only`, { path: name });
      const path = isFolder ? name.slice(0, -1) : name;
      const key = collisionKey(path);
      for (const folder of foldersAbove(key)) folderKeys.add(folder);
      if (isFolder) {
        folderKeys.add(key);
        continue;
      }
      if (fileKeys.has(key)) throw new BundleError('DUPLICATE_PATH', `${path} is in the archive twice (names that differ only in case count as one)`, { path });
      fileKeys.add(key);
      if (files.length === limits.maxFiles) {
        throw new BundleError('TOO_MANY_FILES', `The bundle has more than ${limits.maxFiles} files`, { limitName: 'maxFiles', limit: limits.maxFiles });
      }
      if (!entry.canDecodeFileData()) {
        throw new BundleError('UNSUPPORTED_ENTRY', `${path} is encrypted or compressed with method ${entry.compressionMethod}; only stored and DEFLATE are read`, { path });
      }
      if (entry.uncompressedSize > limits.maxFileBytes) {
        throw new BundleError('TOO_LARGE', `${path} unpacks to ${entry.uncompressedSize} bytes, over ${limits.maxFileBytes}`, { limitName: 'maxFileBytes', limit: limits.maxFileBytes, path });
      }
      if (entry.compressionMethod === DEFLATE && entry.uncompressedSize >= RATIO_APPLIES_FROM_BYTES
        && entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio) {
        throw new BundleError('COMPRESSION_RATIO', `${path} unpacks to more than ${limits.maxCompressionRatio} times its compressed size`, { limitName: 'maxCompressionRatio', limit: limits.maxCompressionRatio, path });
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) {
        throw new BundleError('TOO_LARGE', `The bundle unpacks to more than ${limits.maxTotalBytes} bytes`, { limitName: 'maxTotalBytes', limit: limits.maxTotalBytes });
      }
      files.push({ path, entry });
    }
  } catch (error) {
    if (error instanceof BundleError) throw error;
    throw new BundleError('NOT_A_ZIP', `The archive's directory is damaged: ${(error as Error).message}`);
  }
  const clash = files.find(({ path }) => folderKeys.has(collisionKey(path)));
  if (clash) throw new BundleError('DUPLICATE_PATH', `${clash.path} is both a file and a folder`, { path: clash.path });
  if (files.length === 0) throw new BundleError('EMPTY', 'The archive holds no files');
  return files;
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
    const listed = await listFiles(zip, resolved);
    const files: BundleFile[] = [];
    for (const { path, entry } of listed) {
      files.push({ path, bytes: await unpack(zip, path, entry) });
    }
    return files;
  } finally {
    zip.close();
  }
}
