const MiB = 1024 * 1024;

/**
 * How much of the hosted apps' stored content one server process keeps in memory (docs/architecture.md, "Hosted files
 * from memory"). Only what never changes is kept: an approved version's file list and manifest (named by its bundle
 * hash) and a file's bytes (named by their SHA-256). What an app serves now (its status, its stable version, whether a
 * version is approved) is read from the database on every request, so nothing here needs invalidating.
 */
export interface HostedCacheLimits {
  /** Approved versions whose file list and manifest are kept. Default 256. */
  readonly versions: number;
  /** Those file lists and manifests together, measured as their JSON text, in bytes. Default 8 MiB. */
  readonly versionBytes: number;
  /** Files whose bytes are kept. Default 4,096. */
  readonly blobs: number;
  /** Those bytes together. Default 32 MiB. */
  readonly blobBytes: number;
  /** The largest file kept, in bytes; a larger one is read from the database each time. Default 1 MiB. */
  readonly blobMaxBytes: number;
}

/** The limits a platform server uses where none are given: at most 40 MiB of cached content in all. */
export const defaultHostedCacheLimits: HostedCacheLimits = {
  versions: 256,
  versionBytes: 8 * MiB,
  blobs: 4096,
  blobBytes: 32 * MiB,
  blobMaxBytes: MiB,
};
