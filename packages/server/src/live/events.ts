import type { InboxNotification, PublishedAlert } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { COLUMNS, toAlert, type Row as AlertRow } from '../alerts/publish.js';
import { toEntry, type InboxRow } from '../notifications/inbox.js';

/** One event of a citizen's live stream: its number (the SSE `id`), name and data. */
export type LiveEvent =
  | { readonly id: string; readonly name: 'notification'; readonly data: InboxNotification }
  | { readonly id: string; readonly name: 'alert'; readonly data: PublishedAlert & { readAt: string | null } };

/**
 * The citizen's events numbered after `after`, oldest first, at most `limit`: their inbox
 * notifications, and the alerts in effect that reached them (an alert's number is its fan-out's,
 * or the citizen's own when it reached them later). Expired alerts are skipped.
 */
export async function eventsAfter(db: Queryable, citizenId: string, after: string, limit: number): Promise<LiveEvent[]> {
  const notifications = await db.query<InboxRow & { seq: string }>(
    `SELECT 'notification' AS kind, n.id, coalesce(n.deliver_at, n.created_at) AS at, n.read_at, n.app_id, a.manifest, n.topic, n.title, n.body, n.title_en, n.body_en,
            n.path, n.state, n.event_seq::text AS seq
     FROM notifications n JOIN apps a ON a.id = n.app_id
     WHERE n.citizen_id = $1 AND n.event_seq > $2::bigint ORDER BY n.event_seq LIMIT $3`, [citizenId, after, limit]);
  const alerts = await db.query<AlertRow & { read_at: Date | null; seq: string }>(
    `SELECT ${COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}, r.read_at, coalesce(r.event_seq, a.event_seq)::text AS seq
     FROM alert_recipients r JOIN alerts a ON a.id = r.alert_id
     WHERE r.citizen_id = $1 AND coalesce(r.event_seq, a.event_seq) > $2::bigint AND a.expires_at > now()
     ORDER BY coalesce(r.event_seq, a.event_seq) LIMIT $3`, [citizenId, after, limit]);
  const events: LiveEvent[] = [
    ...notifications.map((row): LiveEvent => ({ id: row.seq, name: 'notification', data: toEntry(row) as InboxNotification })),
    ...alerts.map((row): LiveEvent => ({ id: row.seq, name: 'alert', data: { ...toAlert(row), readAt: row.read_at?.toISOString() ?? null } })),
  ];
  return events.sort((x, y) => (BigInt(x.id) < BigInt(y.id) ? -1 : 1)).slice(0, limit);
}

/** The number of the citizen's newest event, `'0'` when they have none: where a new stream starts. */
export async function lastEventId(db: Queryable, citizenId: string): Promise<string> {
  const [row] = await db.query<{ last: string }>(
    `SELECT greatest(
       (SELECT max(event_seq) FROM notifications WHERE citizen_id = $1),
       (SELECT max(coalesce(r.event_seq, a.event_seq)) FROM alert_recipients r JOIN alerts a ON a.id = r.alert_id WHERE r.citizen_id = $1),
       0)::text AS last`, [citizenId]);
  return row?.last ?? '0';
}
