import { CitadelError, ErrorCode, type Accuracy } from '@citadel/protocol';

/** One location read the host served an app. */
export interface LocationRead {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** The precision the app got. */
  readonly precision: Accuracy;
  /** `current` for `location.getCurrent`, `watch` for the start of a `location.watch`. */
  readonly kind: 'current' | 'watch';
}

/** How many reads an app may make per window, across its instances and page loads. */
export interface LocationReadRate {
  /** Reads per window. Default 60. */
  readonly limit: number;
  /** The sliding window, ms. Default one hour. */
  readonly windowMs: number;
}

/** Where the host logs location reads, per app: kept for `keepMs`, at most `maxPerApp` per app. */
export interface LocationLog {
  /**
   * Logs `read` for `appId`, unless the app already made `rate.limit` reads within `rate.windowMs`
   * before `read.at`: then nothing is logged and it rejects `RATE_LIMITED` naming the limit
   * (`limit`, `windowMs`, `retryAfterMs`). Counting and logging are one step, so concurrent
   * reads from several instances never pass the limit together.
   */
  record(appId: string, read: LocationRead, rate: LocationReadRate): Promise<void>;
  /** Rejects `RATE_LIMITED` as `record` would at `now`, without logging: the host checks before it draws a prompt. */
  check(appId: string, now: number, rate: LocationReadRate): Promise<void>;
  /** The app's logged reads since `since` (ms since the epoch), newest first. */
  list(appId: string, since: number): Promise<LocationRead[]>;
  /** Forgets the app's reads. */
  clear(appId: string): Promise<void>;
}

/** The default read rate: 60 reads an hour per app. */
export const defaultLocationReadRate: LocationReadRate = { limit: 60, windowMs: 3_600_000 };
/** How long reads are kept: 30 days. */
export const locationLogKeepMs = 30 * 24 * 3_600_000;
/** Reads kept per app at most (about 3 days at the default rate, and a bound on the log's size). */
export const locationLogMaxPerApp = 500;

/**
 * The refusal for a read when `times` (ascending, of the app's logged reads) already holds
 * `rate.limit` reads within the window before `now`; `undefined` when the read may go ahead.
 */
export function rateRefusal(times: readonly number[], now: number, rate: LocationReadRate): CitadelError | undefined {
  const inWindow = times.filter((t) => t > now - rate.windowMs);
  if (inWindow.length < rate.limit) return undefined;
  // The read that frees a slot is the oldest of the last `limit`.
  const freeing = inWindow[inWindow.length - rate.limit] ?? now;
  const retryAfterMs = Math.max(0, freeing + rate.windowMs - now);
  return new CitadelError(
    ErrorCode.RATE_LIMITED,
    `More than ${rate.limit} location reads in ${rate.windowMs} ms; retry after ${retryAfterMs} ms`,
    { limit: rate.limit, windowMs: rate.windowMs, retryAfterMs },
  );
}

/** A location log in memory (tests, hosts without IndexedDB). */
export function createMemoryLocationLog(options: { maxPerApp?: number; keepMs?: number } = {}): LocationLog {
  const maxPerApp = options.maxPerApp ?? locationLogMaxPerApp;
  const keepMs = options.keepMs ?? locationLogKeepMs;
  const reads = new Map<string, LocationRead[]>();
  return {
    async record(appId, read, rate) {
      const kept = (reads.get(appId) ?? []).filter((r) => r.at > read.at - keepMs);
      const refusal = rateRefusal(kept.map((r) => r.at), read.at, rate);
      if (refusal) throw refusal;
      kept.push(read);
      reads.set(appId, kept.slice(-maxPerApp));
    },
    async check(appId, now, rate) {
      const refusal = rateRefusal((reads.get(appId) ?? []).map((r) => r.at), now, rate);
      if (refusal) throw refusal;
    },
    async list(appId, since) {
      return (reads.get(appId) ?? []).filter((r) => r.at >= since).reverse();
    },
    async clear(appId) {
      reads.delete(appId);
    },
  };
}
