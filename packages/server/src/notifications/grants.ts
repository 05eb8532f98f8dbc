import type { NotificationGrant } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import type { createPairwise } from '../identity/pairwise.js';

/**
 * Notification grants, kept server-side so a partner's send is checked against them. The grant
 * stores the app's pairwise id for the citizen: the only address the partner knows them by.
 */
export function createNotificationGrants(db: Queryable, pairwise: ReturnType<typeof createPairwise>) {
  return {
    async get(citizenId: string, appId: string): Promise<NotificationGrant> {
      const [row] = await db.query<{ granted_at: Date | null; muted: string[] }>(
        `SELECT (SELECT granted_at FROM notification_grants WHERE citizen_id = $1 AND app_id = $2) AS granted_at,
                ARRAY(SELECT topic FROM notification_mutes WHERE citizen_id = $1 AND app_id = $2 ORDER BY topic) AS muted`,
        [citizenId, appId]);
      const grantedAt = row?.granted_at ?? null;
      return { granted: grantedAt !== null, grantedAt: grantedAt?.toISOString() ?? null, mutedTopics: row?.muted ?? [] };
    },
    /** Grants (idempotently: the first grant's time is kept) and audits the grant. */
    async grant(citizenId: string, appId: string): Promise<NotificationGrant> {
      const subject = await pairwise.subject(appId, citizenId);
      const inserted = await db.query(
        `INSERT INTO notification_grants (citizen_id, app_id, subject) VALUES ($1, $2, $3)
         ON CONFLICT (citizen_id, app_id) DO NOTHING RETURNING app_id`, [citizenId, appId, subject]);
      if (inserted.length > 0) {
        await db.query("INSERT INTO audit_log (citizen_id, app_id, action, detail) VALUES ($1, $2, 'notifications.grant', '{}')", [citizenId, appId]);
      }
      return this.get(citizenId, appId);
    },
    /** Mutes or unmutes one of the app's topics for the citizen. */
    async setMuted(citizenId: string, appId: string, topic: string, muted: boolean): Promise<NotificationGrant> {
      if (muted) {
        await db.query('INSERT INTO notification_mutes (citizen_id, app_id, topic) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [citizenId, appId, topic]);
      } else {
        await db.query('DELETE FROM notification_mutes WHERE citizen_id = $1 AND app_id = $2 AND topic = $3', [citizenId, appId, topic]);
      }
      await db.query('INSERT INTO audit_log (citizen_id, app_id, action, detail) VALUES ($1, $2, $3, $4)',
        [citizenId, appId, muted ? 'notifications.mute' : 'notifications.unmute', JSON.stringify({ topic })]);
      return this.get(citizenId, appId);
    },
  };
}
