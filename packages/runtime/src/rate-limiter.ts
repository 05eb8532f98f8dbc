import { CitadelError, ErrorCode } from '@citadel/protocol';

/** A fixed-window call counter for one app instance. */
export interface RateLimiter {
  /**
   * Counts a call; throws `RATE_LIMITED` (with the limit and when to retry) past the limit, and
   * `SESSION_CLOSED` with `data.reason: 'rate-abuse'` once the app has gone past the limit in
   * `abuseWindows` windows in a row (the caller ends the session then).
   */
  take(): void;
}

/** The reason a session ended because its app kept flooding the bridge. */
export const RATE_ABUSE = 'rate-abuse';

/**
 * Creates a limiter allowing `limit` calls per `windowMs`. Windows follow each other from the
 * first call, so "in a row" means without a window in between (an idle window breaks the run);
 * `abuseWindows` over-limit windows in a row end the session (default: never).
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now, abuseWindows = Number.POSITIVE_INFINITY): RateLimiter {
  let windowStart = now();
  let count = 0;
  // Over-limit windows in a row, the current one included once it went over.
  let overRun = 0;
  return {
    take() {
      const t = now();
      const elapsed = Math.floor((t - windowStart) / windowMs);
      if (elapsed >= 1) {
        if (count <= limit || elapsed > 1) overRun = 0;
        windowStart += elapsed * windowMs;
        count = 0;
      }
      count += 1;
      if (count <= limit) return;
      if (count === limit + 1) overRun += 1;
      if (overRun >= abuseWindows) {
        throw new CitadelError(
          ErrorCode.SESSION_CLOSED,
          `More than ${limit} calls in ${windowMs} ms, ${overRun} windows in a row: the host closed the app`,
          { reason: RATE_ABUSE, limit, windowMs, windows: overRun },
        );
      }
      const retryAfterMs = Math.max(0, windowStart + windowMs - t);
      throw new CitadelError(
        ErrorCode.RATE_LIMITED,
        `More than ${limit} calls in ${windowMs} ms; retry after ${retryAfterMs} ms`,
        { limit, windowMs, retryAfterMs },
      );
    },
  };
}
