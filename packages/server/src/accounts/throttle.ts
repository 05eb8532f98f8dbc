import type { Queryable } from '../db/database.js';
import { createFailureCounter } from '../throttle/failure-counter.js';
import { tooMany } from '../throttle/too-many.js';

/** Limits on failed sign-ins. Every one is named in the error that enforces it. */
export interface ThrottleLimits {
  /** Failed sign-ins allowed per phone number in a window before it is locked. Default 5. */
  readonly perPhone: number;
  /** Failed sign-ins (any phone) allowed per client address in a window. Default 30. */
  readonly perIp: number;
  /** The window, and the lockout once a limit is passed, in seconds. Default 900. */
  readonly windowSeconds: number;
}

/** The default limits. */
export const defaultThrottleLimits: ThrottleLimits = { perPhone: 5, perIp: 30, windowSeconds: 900 };

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
