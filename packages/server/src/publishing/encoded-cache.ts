import { encode, type ContentEncoding } from '../compression/encode.js';
import { createBytesCache } from './bytes-cache.js';
import type { HostedCacheLimits } from './hosted-cache-limits.js';

/**
 * Hosted files' bytes compressed with one content coding, by the file's SHA-256 and the coding, the least recently
 * served dropped first (lru-cache). A stored file never changes, so each is compressed once per process, on the
 * first request that accepts the coding, and concurrent requests share that one compression. Bounded as the blob
 * cache is: at most `blobs` entries and `blobBytes` together, none over `blobMaxBytes`.
 */
export function createEncodedCache(
  bytesOf: (sha256: string) => Promise<Uint8Array | undefined>,
  limits: Pick<HostedCacheLimits, 'blobs' | 'blobBytes' | 'blobMaxBytes'>,
) {
  const { get, stats } = createBytesCache(limits, async (key) => {
    const [sha256, encoding] = key.split(':') as [string, ContentEncoding];
    const bytes = await bytesOf(sha256);
    return bytes && encode(bytes, encoding);
  });
  return {
    /** The file `sha256` compressed with `encoding`, or undefined when no such file is stored. */
    get: (sha256: string, encoding: ContentEncoding): Promise<Uint8Array | undefined> => get(`${sha256}:${encoding}`),
    stats,
  };
}
