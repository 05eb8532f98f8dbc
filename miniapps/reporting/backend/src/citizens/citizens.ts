import type { Queryable } from '@citadel-miniapp/backend-kit';

/**
 * The `citizens` table: what this backend keeps about a citizen beside their reports, by pairwise
 * `sub`. Only when they withdrew notifications, so far.
 */
export function createCitizens(db: Queryable) {
  return {
    /** Records that `sub` revoked notifications at `at`; a later revocation keeps the later time. */
    async notificationsRevoked(sub: string, at: string): Promise<void> {
      await db.query(
        `INSERT INTO citizens (sub, notifications_revoked_at) VALUES ($1, $2)
         ON CONFLICT (sub) DO UPDATE SET notifications_revoked_at = GREATEST(citizens.notifications_revoked_at, EXCLUDED.notifications_revoked_at)`,
        [sub, at]);
    },
  };
}

export type Citizens = ReturnType<typeof createCitizens>;
