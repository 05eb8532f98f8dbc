import type { LocalizedText } from '@citadel/protocol';
import type { AppConsents, AuditEntry } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

type Manifestish = { name: LocalizedText; icons: Array<{ src: string }> };

/** What the consent center reads: every grant per app, and the audit log of grants and revocations. */
export function createConsents(db: Queryable) {
  return {
    async list(citizenId: string): Promise<AppConsents[]> {
      const rows = await db.query<{
        id: string; manifest: Manifestish; claims: string[] | null; identity_at: Date | null; notify_at: Date | null; muted: string[];
      }>(
        `SELECT a.id, a.manifest, i.claims, i.granted_at AS identity_at, n.granted_at AS notify_at,
                ARRAY(SELECT topic FROM notification_mutes m WHERE m.citizen_id = $1 AND m.app_id = a.id ORDER BY topic) AS muted
         FROM apps a
         LEFT JOIN identity_grants i ON i.app_id = a.id AND i.citizen_id = $1
         LEFT JOIN notification_grants n ON n.app_id = a.id AND n.citizen_id = $1
         WHERE i.app_id IS NOT NULL OR n.app_id IS NOT NULL
         ORDER BY a.id`, [citizenId]);
      return rows.map((r) => ({
        appId: r.id, appName: r.manifest.name, appIcon: r.manifest.icons[0]?.src ?? null,
        identity: r.identity_at ? { claims: r.claims ?? [], grantedAt: r.identity_at.toISOString() } : null,
        notifications: r.notify_at ? { grantedAt: r.notify_at.toISOString(), mutedTopics: r.muted } : null,
      }));
    },
    /** The audit log, newest first, 50 at a time before an entry id. */
    async audit(citizenId: string, before?: number): Promise<{ entries: AuditEntry[]; next: string | null }> {
      const rows = await db.query<{ id: string; app_id: string | null; manifest: Manifestish | null; action: string; detail: Record<string, unknown>; at: Date }>(
        `SELECT l.id::text, l.app_id, a.manifest, l.action, l.detail, l.at FROM audit_log l LEFT JOIN apps a ON a.id = l.app_id
         WHERE l.citizen_id = $1 AND ($2::bigint IS NULL OR l.id < $2) ORDER BY l.id DESC LIMIT 51`, [citizenId, before ?? null]);
      const shown = rows.slice(0, 50);
      return {
        entries: shown.map((r) => ({ id: r.id, appId: r.app_id, appName: r.manifest?.name ?? null, action: r.action, detail: r.detail, at: r.at.toISOString() })),
        next: rows.length > 50 ? shown.at(-1)!.id : null,
      };
    },
  };
}
