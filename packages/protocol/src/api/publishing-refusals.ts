import * as z from 'zod/mini';

/** Why the platform could not read an uploaded archive: a closed set, stable across versions. */
export const BundleErrorCode = z.enum([
  /** Not a zip archive, or one whose directory and data disagree (a size or an entry that does not read back). */
  'NOT_A_ZIP',
  /** Past a size limit: `limitName` is `maxArchiveBytes`, `maxFileBytes` (with `path`) or `maxTotalBytes`. */
  'TOO_LARGE',
  /** More files than `maxFiles`. */
  'TOO_MANY_FILES',
  /** A file that unpacks past `maxCompressionRatio` times its compressed size: a zip bomb. */
  'COMPRESSION_RATIO',
  /** A path that is absolute or climbs out (`..`), or holds a backslash, NUL or control character, or an empty or `.` segment. */
  'UNSAFE_PATH',
  /** A symbolic link, device, FIFO or socket rather than a plain file. */
  'SPECIAL_FILE',
  /** Two entries with one path, equal or differing only in case, or a file where a folder is needed. */
  'DUPLICATE_PATH',
  /** Encrypted, or compressed with a method other than stored or DEFLATE. */
  'UNSUPPORTED_ENTRY',
  /** Folders only, or nothing at all. */
  'EMPTY',
]);
/** One of the reasons an archive is unreadable. */
export type BundleErrorCode = z.infer<typeof BundleErrorCode>;

/** An unreadable archive, as `422 BUNDLE_REFUSED` carries it in `bundle`: the code, and the limit or the entry at fault. */
export const UnreadableBundle = z.object({
  code: BundleErrorCode,
  message: z.string(),
  /** The limit that was passed, by name (`maxArchiveBytes`, `maxFileBytes`, `maxTotalBytes`, `maxFiles`, `maxCompressionRatio`…). */
  limitName: z.optional(z.string()),
  limit: z.optional(z.number()),
  /** The entry at fault, as the archive names it. */
  path: z.optional(z.string()),
});

/** Why the platform refused a linked app's origin: a closed set, stable across versions. */
export const LinkedOriginRefusal = z.enum([
  /** The entry URL may not be linked: not `https:` (plain `http:` only to loopback in development), a private or otherwise unreachable address, or the host's own site. */
  'ORIGIN_NOT_ALLOWED',
  /** `/.well-known/citadel-app.json` did not answer 200: no connection, a timeout, a TLS failure, another status or a redirect. */
  'WELL_KNOWN_UNREACHABLE',
  /** The proof file answered 200 but is not `application/json`, is too large, or is not strict JSON of `{ appId, token }`. */
  'WELL_KNOWN_INVALID',
  /** The proof file names another app, or a token other than the one the platform issued. */
  'TOKEN_MISMATCH',
  /** The entry page did not answer 200: no connection, a timeout, a TLS failure, another status or a redirect. */
  'ENTRY_UNREACHABLE',
  /** The entry page does not send `Content-Security-Policy: frame-ancestors` limited to the host (and `'self'`). */
  'FRAMING_NOT_LIMITED',
]);
/** One of the reasons a linked app's origin is refused. */
export type LinkedOriginRefusal = z.infer<typeof LinkedOriginRefusal>;

/** What `422 ORIGIN_NOT_VERIFIED` carries besides its code and message: the reason, and the facts behind it. */
export const OriginNotVerified = z.object({ refusal: LinkedOriginRefusal, detail: z.optional(z.record(z.string(), z.unknown())) });
