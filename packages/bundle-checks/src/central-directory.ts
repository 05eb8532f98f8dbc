import type { Entry, ZipFile } from 'yauzl';
import { BundleError } from './bundle-error.js';
import { unsafePathReason } from './bundle-path.js';
import { specialEntryReason } from './entry-mode.js';
import type { BundleLimits } from './limits.js';

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

/**
 * The file entries of an archive's central directory, with their paths; folders are left out.
 * Refuses with a `BundleError`, before a byte is unpacked, whatever breaks a rule or a limit.
 */
export async function listEntries(zip: ZipFile, limits: BundleLimits): Promise<Array<{ path: string; entry: Entry }>> {
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

