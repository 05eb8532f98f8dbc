import { ApiError } from '../errors.js';
import { secondsUntil } from './failure-counter.js';

/** What `tooMany` words: the limit passed and its window. */
export interface PassedLimit {
  /** What there were too many of, as the message says it: `failed sign-ins for this address`. */
  readonly what: string;
  readonly limit: number;
  readonly windowSeconds: number;
  /** When the caller may try again. */
  readonly until: Date;
}

/**
 * The 429 for a limit counted in a window, once passed: the message names the limit, its window in minutes and
 * when to try again, and the body carries `limit`, `windowSeconds` and `retryAfterSeconds` (sent as `Retry-After`)
 * after any `extra` fields.
 */
export function tooMany(code: 'RATE_LIMITED' | 'LOCKED_OUT', passed: PassedLimit, extra: Readonly<Record<string, unknown>> = {}): ApiError {
  const { what, limit, windowSeconds } = passed;
  const retryAfterSeconds = secondsUntil(passed.until);
  return new ApiError(429, code, `Too many ${what}: at most ${limit} in ${windowSeconds / 60} minutes. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { ...extra, limit, windowSeconds, retryAfterSeconds });
}
