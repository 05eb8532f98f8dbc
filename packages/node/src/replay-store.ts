/**
 * Remembers what was already accepted, for as long as it could be replayed: identity-token nonces
 * (`verifyIdToken`) and webhook deliveries (`verifyWebhook`). Give `createMemoryReplayStore()` for
 * one process, or your own for several (Redis `SET key 1 NX PXAT <expiresAt>`, or an SQL table with a
 * unique key and `INSERT … ON CONFLICT DO NOTHING`).
 */
export interface ReplayStore {
  /**
   * Records `key` until `expiresAt`. Resolves `true` when the key was new, `false` when it was
   * already recorded and not yet expired (a replay). Must be atomic: of two calls with one key at
   * once, exactly one resolves `true`.
   */
  remember(key: string, expiresAt: Date): Promise<boolean>;
}

/** Options of `createMemoryReplayStore`. */
export interface MemoryReplayStoreOptions {
  /** Keys held at most; past it, the ones expiring soonest are dropped first. Default 100 000. */
  readonly maxEntries?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * A `ReplayStore` in this process's memory: right for one process. Expired keys are pruned as new
 * ones arrive; past `maxEntries`, the keys expiring soonest are dropped first (a dropped key could
 * be replayed until it would have expired, so size it above what you accept in a token's or a
 * webhook's lifetime: five minutes).
 */
export function createMemoryReplayStore(options: MemoryReplayStoreOptions = {}): ReplayStore {
  const { maxEntries = 100_000, now = Date.now } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new TypeError('maxEntries must be a whole number, 1 or more');
  const expiries = new Map<string, number>();
  const prune = (at: number) => {
    for (const [key, expiry] of expiries) if (expiry <= at) expiries.delete(key);
    if (expiries.size < maxEntries) return;
    const soonest = [...expiries].sort((a, b) => a[1] - b[1]).slice(0, expiries.size - maxEntries + 1);
    for (const [key] of soonest) expiries.delete(key);
  };
  return {
    async remember(key, expiresAt) {
      if (typeof key !== 'string' || key === '') throw new TypeError('key must be a non-empty string');
      const at = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > at) return false;
      if (expiries.size >= maxEntries) prune(at);
      expiries.set(key, expiresAt.getTime());
      return true;
    },
  };
}
