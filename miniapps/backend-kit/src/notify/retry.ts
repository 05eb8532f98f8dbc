import type { Outcome } from './outcome.js';

/** How often and how soon a send is tried again. */
export interface RetryPolicy {
  /** Tries in all, the first included. Default 6. */
  readonly attempts?: number;
  /** Wait before the first retry, in seconds; doubled at each try. Default 60. */
  readonly backoffSeconds?: number;
}

/**
 * When to try a send again after its `attempts`-th try ended in `state`, or null for never: a
 * failure or missing credentials after a doubling wait, a used-up quota when it resets (`resetAt`,
 * else an hour on). A citizen who did not allow notifications, or muted the topic, is not asked again.
 */
export function retryAt(state: Outcome, attempts: number, now: Date, resetAt?: unknown, policy: RetryPolicy = {}): Date | null {
  if (attempts >= (policy.attempts ?? 6)) return null;
  if (state === 'failed' || state === 'skipped') return new Date(now.getTime() + (policy.backoffSeconds ?? 60) * 1000 * 2 ** (attempts - 1));
  if (state === 'quota') {
    const reset = typeof resetAt === 'string' ? new Date(resetAt) : undefined;
    return reset && !Number.isNaN(reset.getTime()) ? reset : new Date(now.getTime() + 3_600_000);
  }
  return null;
}
