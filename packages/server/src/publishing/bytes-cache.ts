import { LRUCache } from 'lru-cache';
import type { HostedCacheLimits } from './hosted-cache-limits.js';

/**
 * Hosted bytes by a key, the least recently served dropped first (lru-cache): at most `blobs` entries and `blobBytes`
 * together, none over `blobMaxBytes`. What is kept never changes (hosted files are stored by their SHA-256), so a kept
 * copy is always right; `read` makes a missing one, and concurrent requests for it share that one read.
 */
export function createBytesCache(
  limits: Pick<HostedCacheLimits, 'blobs' | 'blobBytes' | 'blobMaxBytes'>,
  read: (key: string) => Promise<Uint8Array | undefined>,
) {
  const cache = new LRUCache<string, Uint8Array>({
    max: limits.blobs,
    maxSize: limits.blobBytes,
    maxEntrySize: limits.blobMaxBytes,
    // An empty file still takes an entry; lru-cache needs a positive size.
    sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
    fetchMethod: (key) => read(key),
  });
  return {
    /** The bytes under `key`, or undefined when there are none. */
    get: (key: string): Promise<Uint8Array | undefined> => cache.fetch(key),
    /** What is kept now. */
    stats: () => ({ entries: cache.size, bytes: cache.calculatedSize }),
  };
}
