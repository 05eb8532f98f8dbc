import type { Queryable } from '../db/database.js';
import { createBlobs } from './blobs.js';
import { createBytesCache } from './bytes-cache.js';
import type { HostedCacheLimits } from './hosted-cache-limits.js';

/**
 * Hosted files' bytes by their SHA-256, the least recently served dropped first (lru-cache). A blob never changes, so a
 * kept copy is always right; at most `blobs` of them and `blobBytes` together are kept, none over `blobMaxBytes`.
 */
export function createBlobCache(db: Queryable, limits: Pick<HostedCacheLimits, 'blobs' | 'blobBytes' | 'blobMaxBytes'>) {
  const blobs = createBlobs(db);
  // A copy of exactly its own size: the driver's buffer may be a slice of a larger one that the count would miss.
  // Concurrent requests for a blob not kept yet share one read.
  return createBytesCache(limits, async (sha256) => {
    const body = await blobs.get(sha256);
    return body && new Uint8Array(body);
  });
}
