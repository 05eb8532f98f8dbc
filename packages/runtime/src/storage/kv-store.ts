import type { Provider } from '../types.js';
import { entrySize } from './byte-size.js';
import { assertWithinQuota } from './quota.js';

/** The raw per-app entry store a storage provider is built on. */
export interface KvBackend {
  /** Returns the entry and its size, or undefined. */
  get(appId: string, key: string): Promise<{ value: unknown; size: number } | undefined>;
  /** Writes an entry only if the app's usage, read in the same transaction, allows it. */
  put(appId: string, key: string, value: unknown, size: number, check: (used: number, previous: number) => void): Promise<void>;
  delete(appId: string, key: string): Promise<void>;
  keys(appId: string): Promise<string[]>;
  clear(appId: string): Promise<void>;
  usage(appId: string): Promise<number>;
}

/** Options of the storage providers. */
export interface StorageOptions {
  /** Bytes each app may store (keys plus JSON values). Default 1 048 576 (1 MiB). */
  readonly quotaBytes?: number;
}

/** Builds the `storage` namespace over a backend; each app only ever sees its own entries. */
export function createStorageProvider(backend: KvBackend, options: StorageOptions = {}): Provider<'storage'> {
  const quota = options.quotaBytes ?? 1_048_576;
  return {
    async get({ key }, { app }) {
      const entry = await backend.get(app.id, key);
      return { value: entry === undefined ? null : (entry.value as never) };
    },
    async set({ key, value }, { app }) {
      const size = entrySize(key, value);
      await backend.put(app.id, key, value, size, (used, previous) => assertWithinQuota(used, previous, size, quota));
      return null;
    },
    async remove({ key }, { app }) {
      await backend.delete(app.id, key);
      return null;
    },
    async keys(_params, { app }) {
      return { keys: await backend.keys(app.id) };
    },
    async clear(_params, { app }) {
      await backend.clear(app.id);
      return null;
    },
    async usage(_params, { app }) {
      return { used: await backend.usage(app.id), quota };
    },
  };
}
