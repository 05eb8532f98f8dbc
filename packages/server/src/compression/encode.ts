import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The content codings the platform sends (RFC 9110 §8.4.1), best first: Brotli, then gzip. */
export const CONTENT_ENCODINGS = ['br', 'gzip'] as const;

/** One of `CONTENT_ENCODINGS`. */
export type ContentEncoding = (typeof CONTENT_ENCODINGS)[number];

/** Above this many bytes a file is compressed at Brotli's quality 5 instead of 11: 11 takes seconds on a few MiB. */
export const THOROUGH_LIMIT_BYTES = 1024 * 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * `bytes` compressed with `encoding`, off the event loop (zlib's thread pool): as small as each coding makes it
 * (Brotli quality 11 in text mode, gzip level 9), or Brotli quality 5 for a file over `THOROUGH_LIMIT_BYTES`.
 */
export async function encode(bytes: Uint8Array, encoding: ContentEncoding): Promise<Uint8Array> {
  if (encoding === 'gzip') return new Uint8Array(await gzipped(bytes, { level: 9 }));
  return new Uint8Array(await brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: bytes.byteLength > THOROUGH_LIMIT_BYTES ? 5 : 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  }));
}
