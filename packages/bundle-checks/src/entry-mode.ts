// The Unix file type, in the high 16 bits of a zip entry's external attributes (st_mode).
const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const DIRECTORY = 0o040000;
const SYMLINK = 0o120000;

/**
 * Why an entry is not a plain file or folder, or `undefined`. Read whatever system the archive
 * says made it: an unpacker on Unix honours a symbolic link's mode bits either way, and a link
 * stored as a file is a path that points out of the bundle.
 */
export function specialEntryReason(externalFileAttributes: number, isFolder: boolean): string | undefined {
  const type = (externalFileAttributes >>> 16) & TYPE_MASK;
  if (type === 0 || type === REGULAR) return undefined; // 0: no Unix mode (an archive made on Windows)
  if (type === DIRECTORY) return isFolder ? undefined : 'is a folder whose name does not end with "/"';
  if (type === SYMLINK) return 'is a symbolic link';
  return 'is a device, FIFO or socket';
}
