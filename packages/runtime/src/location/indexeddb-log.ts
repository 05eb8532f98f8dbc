import { openDB, type DBSchema } from 'idb';
import { locationLogKeepMs, locationLogMaxPerApp, rateRefusal, type LocationLog, type LocationRead } from './read-log.js';

interface LocationLogDb extends DBSchema {
  reads: {
    key: [string, number];
    value: LocationRead & { appId: string };
    indexes: { byAt: number };
  };
}

/**
 * The location log in IndexedDB, keyed by `[appId, at]`. Each `record` runs in one read-write
 * transaction (IndexedDB serialises them, across tabs too): it drops reads older than `keepMs`,
 * counts the app's reads in the window, logs the new one and trims the app to `maxPerApp`.
 * @param options.name database name. Default `citadel-location-log`.
 * @param options.keepMs how long reads are kept. Default 30 days.
 * @param options.maxPerApp reads kept per app at most. Default 500.
 */
export function createIndexedDbLocationLog(options: { name?: string; keepMs?: number; maxPerApp?: number } = {}): LocationLog {
  const keepMs = options.keepMs ?? locationLogKeepMs;
  const maxPerApp = options.maxPerApp ?? locationLogMaxPerApp;
  const db = openDB<LocationLogDb>(options.name ?? 'citadel-location-log', 1, {
    upgrade(database) {
      database.createObjectStore('reads', { keyPath: ['appId', 'at'] }).createIndex('byAt', 'at');
    },
  });
  const ofApp = (appId: string, since = 0) => IDBKeyRange.bound([appId, since], [appId, Infinity]);
  return {
    async record(appId, read, rate) {
      const tx = (await db).transaction('reads', 'readwrite');
      const store = tx.objectStore('reads');
      // Expired reads of every app go first, so the log never outgrows 30 days of reads.
      for (let c = await store.index('byAt').openCursor(IDBKeyRange.upperBound(read.at - keepMs)); c; c = await c.continue()) await c.delete();
      const keys = await store.getAllKeys(ofApp(appId));
      const refusal = rateRefusal(keys.map(([, at]) => at), read.at, rate);
      if (refusal) {
        await tx.done;
        throw refusal;
      }
      // Two reads in one millisecond stay two: the later one moves up a millisecond.
      const last = keys.at(-1)?.[1] ?? -Infinity;
      const at = Math.max(read.at, last + 1);
      await store.put({ appId, ...read, at });
      for (const key of keys.slice(0, Math.max(0, keys.length + 1 - maxPerApp))) await store.delete(key);
      await tx.done;
    },
    async check(appId, now, rate) {
      const keys = await (await db).getAllKeys('reads', ofApp(appId, now - rate.windowMs));
      const refusal = rateRefusal(keys.map(([, at]) => at), now, rate);
      if (refusal) throw refusal;
    },
    async list(appId, since) {
      const rows = await (await db).getAll('reads', ofApp(appId, since));
      return rows.reverse().map(({ at, precision, kind }) => ({ at, precision, kind }));
    },
    async clear(appId) {
      await (await db).delete('reads', ofApp(appId));
    },
  };
}
