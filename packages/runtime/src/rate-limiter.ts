import { CitadelError, ErrorCode } from '@citadel/protocol';

/** A fixed-window call counter for one app instance. */
export interface RateLimiter {
  /** Counts a call; throws `RATE_LIMITED` (with the limit and when to retry) past the limit. */
  take(): void;
}

/** Creates a limiter allowing `limit` calls per `windowMs`. */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  let windowStart = now();
  let count = 0;
  return {
    take() {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t;
        count = 0;
      }
      count += 1;
      if (count > limit) {
        const retryAfterMs = Math.max(0, windowStart + windowMs - t);
        throw new CitadelError(
          ErrorCode.RATE_LIMITED,
          `More than ${limit} calls in ${windowMs} ms; retry after ${retryAfterMs} ms`,
          { limit, windowMs, retryAfterMs },
        );
      }
    },
  };
}
