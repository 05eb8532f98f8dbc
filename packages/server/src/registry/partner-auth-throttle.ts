import type { Queryable } from '../db/database.js';
import type { ApiError } from '../errors.js';
import { createFailureCounter } from '../throttle/failure-counter.js';
import { defaultFailureLimits, type FailureLimits } from '../throttle/failure-limits.js';
import { tooMany } from '../throttle/too-many.js';
import { createSecurityEvents } from './security-events.js';

/** Limits on failed partner authentication: the address and window limits, and one per client id. */
export interface PartnerAuthLimits extends FailureLimits {
  /** Failed attempts for one client id in a window before further wrong secrets for it get 429. Default 10. */
  readonly perClient: number;
}

/** The default limits: 10 per client id, 30 per address (past which every partner request from it gets 429), in 15 minutes. */
export const defaultPartnerAuthLimits: PartnerAuthLimits = { ...defaultFailureLimits, perClient: 10 };

/**
 * Throttles wrong partner credentials. An address past its limit is refused before any check.
 * A client id past its limit gets 429 for every further wrong secret, but its right secret still
 * works: anyone can send a client id, and a lock that shut the partner out would be theirs to pull.
 * Every failure and every lock is recorded for the operator (`npm run operator -- security`).
 */
export function createPartnerAuthThrottle(db: Queryable, limits: PartnerAuthLimits = defaultPartnerAuthLimits) {
  const counter = createFailureCounter(db, limits.windowSeconds);
  const events = createSecurityEvents(db);
  const refusal = (until: Date, limit: number, what: string) =>
    tooMany('RATE_LIMITED', { what: `failed partner authentications for ${what}`, limit, windowSeconds: limits.windowSeconds, until });
  return {
    /** Throws 429 when the address is locked; call before checking the credentials. */
    async check(ip: string): Promise<void> {
      const until = await counter.lockedUntil(`partner-ip:${ip}`);
      if (until) throw refusal(until, limits.perIp, 'this address');
    },
    /** Counts a failure for the client id and the address and records it; the 429 to answer once either is locked, else undefined. */
    async fail(clientId: string, ip: string): Promise<ApiError | undefined> {
      await events.record('partner-auth-failed', clientId, ip);
      const byIp = await counter.fail(`partner-ip:${ip}`, limits.perIp);
      const byClient = clientId ? await counter.fail(`partner-client:${clientId.slice(0, 64)}`, limits.perClient) : undefined;
      if (!byIp && !byClient) return undefined;
      await events.record('partner-auth-locked', clientId, ip);
      return byIp ? refusal(byIp, limits.perIp, 'this address') : refusal(byClient!, limits.perClient, 'this client id');
    },
  };
}
