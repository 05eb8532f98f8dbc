const MiB = 1024 * 1024;

/** The size limits of a partner's bundle; `readBundle` refuses an archive past any of them, naming it. */
export interface BundleLimits {
  /** The zip archive itself, in bytes. Default 10 MiB. */
  readonly maxArchiveBytes: number;
  /** Files in the archive (folders not counted). Default 500. */
  readonly maxFiles: number;
  /** One file, unpacked, in bytes. Default 5 MiB. */
  readonly maxFileBytes: number;
  /** Every file together, unpacked, in bytes. Default 25 MiB. */
  readonly maxTotalBytes: number;
  /**
   * How many times larger than its compressed data a file may unpack to. Default 100: minified
   * scripts and styles unpack 3 to 10 times, and DEFLATE's own ceiling is about 1,032.
   */
  readonly maxCompressionRatio: number;
}

/** The limits `readBundle` and `checkBundle` use where none are given. */
export const defaultBundleLimits: BundleLimits = {
  maxArchiveBytes: 10 * MiB,
  maxFiles: 500,
  maxFileBytes: 5 * MiB,
  maxTotalBytes: 25 * MiB,
  maxCompressionRatio: 100,
};

/** `limits` over the defaults. */
export const resolveLimits = (limits: Partial<BundleLimits> = {}): BundleLimits => ({ ...defaultBundleLimits, ...limits });
