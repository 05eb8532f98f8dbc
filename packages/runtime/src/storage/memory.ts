import type { Provider } from '../types.js';
import { createStorageProvider, type KvBackend, type StorageOptions } from './kv-store.js';

/** In-memory backend: the same contract as IndexedDB, for tests and hosts without persistence. */
function createMemoryBackend(): KvBackend {
  const apps = new Map<string, Map<string, { value: unknown; size: number }>>();
  const of = (appId: string) => {
    let map = apps.get(appId);
    if (!map) apps.set(appId, (map = new Map()));
    return map;
  };
  const used = (appId: string) => [...of(appId).values()].reduce((sum, e) => sum + e.size, 0);
  return {
    get: async (appId, key) => {
      const entry = of(appId).get(key);
      // Hand out a copy, as IndexedDB would, so callers cannot mutate stored values.
      return entry && { value: structuredClone(entry.value), size: entry.size };
    },
    put: async (appId, key, value, size, check) => {
      check(used(appId), of(appId).get(key)?.size ?? 0);
      of(appId).set(key, { value: structuredClone(value), size });
    },
    delete: async (appId, key) => void of(appId).delete(key),
    keys: async (appId) => [...of(appId).keys()].sort(),
    clear: async (appId) => void apps.delete(appId),
    usage: async (appId) => used(appId),
  };
}

/** The `storage` provider kept in memory. */
export function createMemoryStorage(options?: StorageOptions): Provider<'storage'> {
  return createStorageProvider(createMemoryBackend(), options);
}
