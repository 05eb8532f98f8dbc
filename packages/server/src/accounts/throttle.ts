import type { Queryable } from '../db/database.js';
import { createFailureCounter } from '../throttle/failure-counter.js';
import { defaultFailureLimits, type FailureLimits } from '../throttle/failure-limits.js';
import { tooMany } from '../throttle/too-many.js';

/** Limits on failed sign-ins: the address and window limits, and one per phone number. */
export interface ThrottleLimits extends FailureLimits {
  /** Failed sign-ins allowed per phone number in a window before it is locked. Default 5. */
  readonly perPhone: number;
}

/** The default limits: 5 per phone number, 30 per address, in 15 minutes. */
export const defaultThrottleLimits: ThrottleLimits = { ...defaultFailureLimits, perPhone: 5 };

/**
 * Sign-in throttling kept in the database, so every server process sees the same counts:
 * a phone number is locked out after `perPhone` failures, an address is rate limited after `perIp`.
 */
export function createThrottle(db: Queryable, limits: ThrottleLimits = defaultThrottleLimits) {
  const counter = createFailureCounter(db, limits.windowSeconds);
  const keys = (phone: string, ip: string) => [
    { key: `phone:${phone}`, limit: limits.perPhone, code: 'LOCKED_OUT' as const, what: 'this phone number' },
    { key: `ip:${ip}`, limit: limits.perIp, code: 'RATE_LIMITED' as const, what: 'this address' },
  ];
  return {
    /** Throws 429 when the phone or the address is locked; call before checking the password. */
    async check(phone: string, ip: string): Promise<void> {
      for (const k of keys(phone, ip)) {
        const until = await counter.lockedUntil(k.key);
        if (until) throw tooMany(k.code, { what: `failed sign-ins for ${k.what}`, limit: k.limit, windowSeconds: limits.windowSeconds, until });
      }
    },
    /** Counts a failure against the phone and the address, locking each that passes its limit. */
    async fail(phone: string, ip: string): Promise<void> {
      for (const k of keys(phone, ip)) await counter.fail(k.key, k.limit);
    },
    /** Clears the phone's failures after a successful sign-in. */
    async succeed(phone: string): Promise<void> {
      await counter.clear(`phone:${phone}`);
    },
  };
}
