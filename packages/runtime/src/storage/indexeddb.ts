import { openDB, type DBSchema } from 'idb';
import type { Provider } from '../types.js';
import { createStorageProvider, type KvBackend, type StorageOptions } from './kv-store.js';

interface StorageDb extends DBSchema {
  entries: {
    key: [string, string];
    value: { appId: string; key: string; value: unknown; size: number };
    indexes: { byApp: string };
  };
  usage: { key: string; value: { appId: string; used: number } };
}

/**
 * IndexedDB backend: entries keyed by `[appId, key]`, so apps are namespaced by construction,
 * and a running usage total per app updated in the same transaction as the write.
 */
export function createIndexedDbBackend(name = 'citadel-storage'): KvBackend {
  const db = openDB<StorageDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('entries', { keyPath: ['appId', 'key'] }).createIndex('byApp', 'appId');
      database.createObjectStore('usage', { keyPath: 'appId' });
    },
  });
  const range = (appId: string) => IDBKeyRange.only(appId);
  return {
    async get(appId, key) {
      const row = await (await db).get('entries', [appId, key]);
      return row && { value: row.value, size: row.size };
    },
    async put(appId, key, value, size, check) {
      const tx = (await db).transaction(['entries', 'usage'], 'readwrite');
      const entries = tx.objectStore('entries');
      const usage = tx.objectStore('usage');
      const [previous, total] = await Promise.all([entries.get([appId, key]), usage.get(appId)]);
      const used = total?.used ?? 0;
      try {
        check(used, previous?.size ?? 0);
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw error;
      }
      await Promise.all([
        entries.put({ appId, key, value, size }),
        usage.put({ appId, used: used - (previous?.size ?? 0) + size }),
        tx.done,
      ]);
    },
    async delete(appId, key) {
      const tx = (await db).transaction(['entries', 'usage'], 'readwrite');
      const previous = await tx.objectStore('entries').get([appId, key]);
      if (previous) {
        const total = await tx.objectStore('usage').get(appId);
        await Promise.all([
          tx.objectStore('entries').delete([appId, key]),
          tx.objectStore('usage').put({ appId, used: Math.max(0, (total?.used ?? 0) - previous.size) }),
        ]);
      }
      await tx.done;
    },
    async keys(appId) {
      const keys = await (await db).getAllKeysFromIndex('entries', 'byApp', range(appId));
      return keys.map(([, key]) => key).sort();
    },
    async clear(appId) {
      const tx = (await db).transaction(['entries', 'usage'], 'readwrite');
      const index = tx.objectStore('entries').index('byApp');
      for (let cursor = await index.openCursor(range(appId)); cursor; cursor = await cursor.continue()) {
        await cursor.delete();
      }
      await tx.objectStore('usage').delete(appId);
      await tx.done;
    },
    async usage(appId) {
      return (await (await db).get('usage', appId))?.used ?? 0;
    },
  };
}

/**
 * The `storage` provider on IndexedDB through idb: per-app key/value, quota per app.
 * @param options.quotaBytes bytes per app. Default 1 MiB.
 * @param options.databaseName Default `citadel-storage`.
 */
export function createIndexedDbStorage(options: StorageOptions & { databaseName?: string } = {}): Provider<'storage'> {
  return createStorageProvider(createIndexedDbBackend(options.databaseName), options);
}
