import type { LocalizedText } from '@citadel/protocol';
import type { AlertCategory, AlertText, InboxEntry, InboxNotification, Severity } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { englishOf } from '../notification-text.js';

/** How many inbox entries one page holds. */
export const INBOX_PAGE = 30;

/** One inbox row, notification or alert, as `createInbox` selects it. */
export interface InboxRow {
  kind: 'notification' | 'alert'; id: string; at: Date; read_at: Date | null;
  app_id: string | null; manifest: { name: LocalizedText; icons: Array<{ src: string }>; notifications?: { topics: Array<{ id: string; name: LocalizedText }> } } | null;
  topic: string | null; title: string | null; body: string | null; title_en: string | null; body_en: string | null; path: string | null; state: InboxNotification['state'] | null;
  sender: string | null; severity: Severity | null; category: AlertCategory | null; headline: AlertText | null; expires_at: Date | null;
}

/** The inbox entry of its row. */
export const toEntry = (row: InboxRow): InboxEntry => {
  if (row.kind === 'alert') {
    return {
      kind: 'alert', id: row.id, sender: row.sender!, severity: row.severity!, category: row.category!, headline: row.headline!,
      at: row.at.toISOString(), expiresAt: row.expires_at!.toISOString(), readAt: row.read_at?.toISOString() ?? null,
    };
  }
  const manifest = row.manifest!;
  const topic = manifest.notifications?.topics.find((t) => t.id === row.topic);
  return {
    kind: 'notification', id: row.id, appId: row.app_id!, appName: manifest.name, appIcon: manifest.icons[0]?.src ?? null,
    topic: row.topic, topicName: topic?.name ?? null, title: row.title!, body: row.body!,
    en: englishOf({ vi: row.title!, en: row.title_en }, { vi: row.body!, en: row.body_en }), path: row.path!, state: row.state!,
    at: row.at.toISOString(), readAt: row.read_at?.toISOString() ?? null,
  };
};

/** A page cursor: the time and id of the last entry shown. */
const encodeCursor = (row: InboxRow) => Buffer.from(`${row.at.toISOString()}|${row.id}`).toString('base64url');
const decodeCursor = (cursor: string): { at: Date; id: string } | undefined => {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at))) return undefined;
  return { at: new Date(at), id };
};

/**
 * The citizen's inbox: their partner notifications and the official alerts that reached them,
 * newest first. Notifications of an app whose grant was withdrawn stay readable. A paced
 * notification is not there (nor counted, nor marked read) until released: it has no live event
 * number (`event_seq`) before (notifications/pacing.ts).
 */
export function createInbox(db: Queryable) {
  return {
    async page(citizenId: string, before?: string): Promise<{ entries: InboxEntry[]; next: string | null } | undefined> {
      const cursor = before === undefined ? undefined : decodeCursor(before);
      if (before !== undefined && !cursor) return undefined;
      const rows = await db.query<InboxRow>(
        `SELECT * FROM (
           SELECT 'notification' AS kind, n.id, coalesce(n.deliver_at, n.created_at) AS at, n.read_at, n.app_id, a.manifest, n.topic, n.title, n.body, n.title_en, n.body_en, n.path, n.state,
                  NULL AS sender, NULL AS severity, NULL AS category, NULL::jsonb AS headline, NULL::timestamptz AS expires_at
           FROM notifications n JOIN apps a ON a.id = n.app_id WHERE n.citizen_id = $1 AND n.event_seq IS NOT NULL
           UNION ALL
           SELECT 'alert', al.id, al.sent_at, r.read_at, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                  al.sender, al.severity, al.category, al.headline, al.expires_at
           FROM alert_recipients r JOIN alerts al ON al.id = r.alert_id WHERE r.citizen_id = $1
         ) e
         WHERE $2::timestamptz IS NULL OR (e.at, e.id) < ($2::timestamptz, $3::text)
         ORDER BY e.at DESC, e.id DESC LIMIT ${INBOX_PAGE + 1}`,
        [citizenId, cursor?.at ?? null, cursor?.id ?? '']);
      const more = rows.length > INBOX_PAGE;
      const shown = rows.slice(0, INBOX_PAGE);
      return { entries: shown.map(toEntry), next: more ? encodeCursor(shown.at(-1)!) : null };
    },
    /** Unread partner notifications and unread alerts that have not expired. */
    async unread(citizenId: string): Promise<number> {
      const [row] = await db.query<{ count: number }>(
        `SELECT (SELECT count(*) FROM notifications WHERE citizen_id = $1 AND read_at IS NULL AND event_seq IS NOT NULL)
              + (SELECT count(*) FROM alert_recipients r JOIN alerts a ON a.id = r.alert_id
                 WHERE r.citizen_id = $1 AND r.read_at IS NULL AND a.expires_at > now()) AS count`, [citizenId]);
      return Number(row?.count ?? 0);
    },
    /** Marks one entry read; false when it is not the citizen's. */
    async markRead(citizenId: string, id: string): Promise<boolean> {
      const rows = id.startsWith('alr_')
        ? await db.query('UPDATE alert_recipients SET read_at = coalesce(read_at, now()) WHERE citizen_id = $1 AND alert_id = $2 RETURNING alert_id', [citizenId, id])
        : await db.query("UPDATE notifications SET read_at = coalesce(read_at, now()), state = 'read' WHERE citizen_id = $1 AND id = $2 AND event_seq IS NOT NULL RETURNING id", [citizenId, id]);
      return rows.length > 0;
    },
    /** Marks everything read. */
    async markAllRead(citizenId: string): Promise<void> {
      await db.query("UPDATE notifications SET read_at = now(), state = 'read' WHERE citizen_id = $1 AND read_at IS NULL AND event_seq IS NOT NULL", [citizenId]);
      await db.query('UPDATE alert_recipients SET read_at = now() WHERE citizen_id = $1 AND read_at IS NULL', [citizenId]);
    },
  };
}
