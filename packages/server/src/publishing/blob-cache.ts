import { LRUCache } from 'lru-cache';
import type { Queryable } from '../db/database.js';
import { createBlobs } from './blobs.js';
import type { HostedCacheLimits } from './hosted-cache-limits.js';

/**
 * Hosted files' bytes by their SHA-256, the least recently served dropped first (lru-cache). A blob never changes, so a
 * kept copy is always right; at most `blobs` of them and `blobBytes` together are kept, none over `blobMaxBytes`.
 */
export function createBlobCache(db: Queryable, limits: Pick<HostedCacheLimits, 'blobs' | 'blobBytes' | 'blobMaxBytes'>) {
  const blobs = createBlobs(db);
  const cache = new LRUCache<string, Uint8Array>({
    max: limits.blobs,
    maxSize: limits.blobBytes,
    maxEntrySize: limits.blobMaxBytes,
    // An empty file still takes an entry; lru-cache needs a positive size.
    sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
    // A copy of exactly its own size: the driver's buffer may be a slice of a larger one that the count would miss.
    fetchMethod: async (sha256) => {
      const body = await blobs.get(sha256);
      return body && new Uint8Array(body);
    },
  });
  return {
    /** One blob's bytes, or undefined; concurrent requests for a blob not kept yet share one read. */
    get: (sha256: string): Promise<Uint8Array | undefined> => cache.fetch(sha256),
    /** What is kept now. */
    stats: () => ({ entries: cache.size, bytes: cache.calculatedSize }),
  };
}
