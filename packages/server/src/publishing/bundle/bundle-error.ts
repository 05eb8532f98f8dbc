import type { BundleLimits } from './limits.js';

/** Why `readBundle` refused an archive: a closed set, stable across versions. */
export const BundleErrorCode = {
  /** Not a zip archive, or one whose directory and data disagree (a size or an entry that does not read back). */
  NOT_A_ZIP: 'NOT_A_ZIP',
  /** Past a size limit: `limitName` is `maxArchiveBytes`, `maxFileBytes` (with `path`) or `maxTotalBytes`. */
  TOO_LARGE: 'TOO_LARGE',
  /** More files than `maxFiles`. */
  TOO_MANY_FILES: 'TOO_MANY_FILES',
  /** A file that unpacks past `maxCompressionRatio` times its compressed size: a zip bomb. */
  COMPRESSION_RATIO: 'COMPRESSION_RATIO',
  /** A path that is absolute or climbs out (`..`), or holds a backslash, NUL or control character, or an empty or `.` segment. */
  UNSAFE_PATH: 'UNSAFE_PATH',
  /** A symbolic link, device, FIFO or socket rather than a plain file. */
  SPECIAL_FILE: 'SPECIAL_FILE',
  /** Two entries with one path, equal or differing only in case, or a file where a folder is needed. */
  DUPLICATE_PATH: 'DUPLICATE_PATH',
  /** Encrypted, or compressed with a method other than stored or DEFLATE. */
  UNSUPPORTED_ENTRY: 'UNSUPPORTED_ENTRY',
  /** Folders only, or nothing at all. */
  EMPTY: 'EMPTY',
} as const;

/** One of `BundleErrorCode`. */
export type BundleErrorCode = (typeof BundleErrorCode)[keyof typeof BundleErrorCode];

/** What a `BundleError` carries besides its code and message. */
export interface BundleErrorDetails {
  /** The limit that was passed, by its name in `BundleLimits`. */
  readonly limitName?: keyof BundleLimits;
  /** That limit's value. */
  readonly limit?: number;
  /** The entry at fault, as the archive names it. */
  readonly path?: string;
}

/**
 * Why an archive is not a bundle `readBundle` accepts. Serialisable (`toJSON`): an upload route
 * answers it as a typed error naming the limit or the path (docs/security-model.md, rule 8).
 */
export class BundleError extends Error {
  readonly code: BundleErrorCode;
  readonly limitName: keyof BundleLimits | undefined;
  readonly limit: number | undefined;
  readonly path: string | undefined;

  constructor(code: BundleErrorCode, message: string, details: BundleErrorDetails = {}) {
    super(message);
    this.name = 'BundleError';
    this.code = code;
    this.limitName = details.limitName;
    this.limit = details.limit;
    this.path = details.path;
  }

  /** The code, message and whichever of `limitName`, `limit` and `path` apply. */
  toJSON(): { code: BundleErrorCode; message: string } & BundleErrorDetails {
    return {
      code: this.code,
      message: this.message,
      ...(this.limitName === undefined ? {} : { limitName: this.limitName }),
      ...(this.limit === undefined ? {} : { limit: this.limit }),
      ...(this.path === undefined ? {} : { path: this.path }),
    };
  }
}

/** True when `error` is a `BundleError`. */
export const isBundleError = (error: unknown): error is BundleError => error instanceof BundleError;
