import { ABUSE_REPORT_LIMITS } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { tooMany } from '../throttle/too-many.js';
import { countInWindow } from '../throttle/window-count.js';
import { createSecurityEvents } from './security-events.js';

/** The limit on abuse reports per citizen; named in the 429 that enforces it. */
export interface AbuseReportLimits {
  /** Reports one citizen may file in a window, whatever the app. Default 10. */
  readonly perCitizen: number;
  /** The window, in seconds. Default 3600. */
  readonly windowSeconds: number;
}

/**
 * Records what a citizen's host reports about an app it shut out (`frame-rate-abuse` in the
 * operator's security log: the app id and the citizen's address), at most `perCitizen` reports per
 * citizen and window, so the route cannot be used to fill the log. The count is `countInWindow`'s, shared by every
 * server process, so parallel reports cannot pass the limit.
 */
export function createAbuseReports(db: Queryable, limits: AbuseReportLimits = ABUSE_REPORT_LIMITS) {
  const events = createSecurityEvents(db);
  return {
    /** Counts the report against the citizen, then records it; throws 429 `RATE_LIMITED` past the limit. */
    async report(citizenId: string, appId: string, address: string): Promise<void> {
      const { count, windowStart } = await countInWindow(db, `abuse-report:${citizenId}`, limits.windowSeconds);
      if (count > limits.perCitizen) {
        const until = new Date(windowStart.getTime() + limits.windowSeconds * 1000);
        throw tooMany('RATE_LIMITED', { what: 'abuse reports', limit: limits.perCitizen, windowSeconds: limits.windowSeconds, until },
          { limitName: 'abuse-reports-per-citizen' });
      }
      await events.record('frame-rate-abuse', appId, address);
    },
  };
}
