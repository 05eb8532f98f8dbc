import { CitadelError, ErrorCode } from '@citadel/protocol';
import type { MockHandlers } from './types.js';

/** A host's default storage quota per app, in bytes (docs/sdk.md, "Storage"). */
const QUOTA_BYTES = 1_048_576;
const encoder = new TextEncoder();
/** What an entry counts against the quota, as a host counts it: the UTF-8 bytes of its key and JSON value. */
const sizeOf = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** The `storage` namespace over a `Map` that lives as long as the mock host: what a fresh install of the app sees. */
export function memoryStorage(): MockHandlers {
  const entries = new Map<string, unknown>();
  const used = () => [...entries].reduce((sum, [key, value]) => sum + sizeOf(key, value), 0);
  return {
    'storage.get': ({ key }) => ({ value: entries.has(key) ? (entries.get(key) as never) : null }),
    'storage.set': ({ key, value }) => {
      const before = used();
      const needed = sizeOf(key, value) - (entries.has(key) ? sizeOf(key, entries.get(key)) : 0);
      if (before + needed > QUOTA_BYTES) {
        throw new CitadelError(ErrorCode.QUOTA_EXCEEDED, `Storage quota of ${QUOTA_BYTES} bytes exceeded (using ${before}, this write needs ${needed} more)`,
          { limit: QUOTA_BYTES, used: before, needed });
      }
      entries.set(key, value);
      return null;
    },
    'storage.remove': ({ key }) => (entries.delete(key), null),
    'storage.keys': () => ({ keys: [...entries.keys()] }),
    'storage.clear': () => (entries.clear(), null),
    'storage.usage': () => ({ used: used(), quota: QUOTA_BYTES }),
  };
}
