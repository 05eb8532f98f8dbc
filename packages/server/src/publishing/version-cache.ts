import { LRUCache } from 'lru-cache';
import type { Manifest } from '@citadel/protocol';
import type { Queryable } from '../db/database.js';
import type { HostedCacheLimits } from './hosted-cache-limits.js';
import type { VersionFile } from './version-types.js';

/** What a hosted version serves: its manifest (for its policy) and its files by path. */
export interface ServedContent {
  readonly manifest: Manifest;
  readonly files: ReadonlyMap<string, VersionFile>;
}

type ContentRow = { manifest: Manifest; files: VersionFile[] };

/**
 * Approved versions' file lists and manifests by app and bundle hash, the least recently served dropped first
 * (lru-cache). The bundle hash is taken over every file's path and SHA-256, and the manifest is one of those files, so
 * what a hash names never changes, and an approval is final: a kept copy is always right. At most `versions` are kept,
 * and `versionBytes` of them, measured as the JSON they were read from.
 */
export function createVersionCache(db: Queryable, limits: Pick<HostedCacheLimits, 'versions' | 'versionBytes'>) {
  const sizes = new WeakMap<ServedContent, number>();
  const cache = new LRUCache<string, ServedContent, { appId: string; bundleHash: string }>({
    max: limits.versions,
    maxSize: limits.versionBytes,
    sizeCalculation: (content) => sizes.get(content) ?? 1,
    fetchMethod: async (_key, _stale, { context }) => {
      const [row] = await db.query<ContentRow>(
        "SELECT manifest, files FROM app_versions WHERE app_id = $1 AND bundle_hash = $2 AND state = 'approved'", [context.appId, context.bundleHash]);
      if (!row) return undefined;
      const content: ServedContent = { manifest: row.manifest, files: new Map(row.files.map((file) => [file.path, file])) };
      sizes.set(content, Math.max(1, Buffer.byteLength(JSON.stringify(row))));
      return content;
    },
  });
  return {
    /** The approved version's content, or undefined when the app has no approved version of that bundle. */
    get: (appId: string, bundleHash: string): Promise<ServedContent | undefined> =>
      cache.fetch(`${appId}\0${bundleHash}`, { context: { appId, bundleHash } }),
    /** What is kept now. */
    stats: () => ({ entries: cache.size, bytes: cache.calculatedSize }),
  };
}
