import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { newId } from '../ids.js';
import { announceEvents, claimEventOrder } from '../db/event-order.js';
import { alertUrgency, type PushUrgency } from '../push/enqueue.js';
import { areaTargets } from './targets.js';
import { MAX_ALERT_DAYS, type AlertArea, type AlertCategory, type AlertDraft, type AlertText, type PublishedAlert, type Severity } from '@citadel/protocol/api';

/** An `alerts` row, as `COLUMNS` selects it. */
export interface Row {
  id: string; sender: string; severity: Severity; category: AlertCategory; headline: AlertText; description: AlertText;
  instruction: AlertText | null; area: AlertArea; sent_at: Date; expires_at: Date; recipients: number;
}

/** A published alert of its row. */
export const toAlert = (row: Row): PublishedAlert => ({
  id: row.id, sender: row.sender, severity: row.severity, category: row.category, headline: row.headline,
  description: row.description, instruction: row.instruction, area: row.area, sentAt: row.sent_at.toISOString(),
  expiresAt: row.expires_at.toISOString(), recipients: row.recipients,
});

/** The columns `toAlert` reads. */
export const COLUMNS = 'id, sender, severity, category, headline, description, instruction, area, sent_at, expires_at, recipients';

/**
 * Writes one row per citizen the alert reaches (`areaTargets`: the whole city, verified and
 * declared wards, shared positions) and one push per subscription of each, in one set-based
 * statement. No row travels to this process, so a million recipients cost one round trip.
 * Resolves with how many citizens it reached.
 */
async function fanOut(tx: Queryable, alertId: string, area: AlertArea, urgency: PushUrgency): Promise<number> {
  const targets = areaTargets(area, 3);
  const [row] = await tx.query<{ count: number }>(
    `WITH reached AS (
       INSERT INTO alert_recipients (citizen_id, alert_id)
       SELECT t.citizen_id, $1 FROM (${targets.sql}) t
       ON CONFLICT DO NOTHING
       RETURNING citizen_id
     ), queued AS (
       INSERT INTO push_queue (subscription_id, alert_id, urgency)
       SELECT s.id, $1, $2 FROM reached r JOIN push_subscriptions s ON s.citizen_id = r.citizen_id
     ) SELECT count(*)::int AS count FROM reached`,
    [alertId, urgency, ...targets.params]);
  return row?.count ?? 0;
}

/** Ends the unexpired alerts named by identifier or id now (never before they were sent). */
const withdraw = (tx: Queryable, which: { identifiers?: readonly string[]; ids?: readonly string[] }) =>
  tx.query<Row>(
    `UPDATE alerts SET expires_at = greatest(now(), sent_at + interval '1 millisecond')
     WHERE (identifier = ANY ($1::text[]) OR id = ANY ($2::text[])) AND expires_at > now()
     RETURNING ${COLUMNS}`, [which.identifiers ?? [], which.ids ?? []]);

/**
 * Official alerts: published by an authority (from the console or a CAP 1.2 file), delivered to
 * the inbox of every citizen in the area and queued for Web Push, all in one transaction. Alerts
 * bypass every app quota. Publishing the same `identifier` again answers the first alert.
 */
export function createAlerts(db: Database) {
  return {
    /**
     * Publishes `draft`; the alerts whose identifiers are in `replaces` (a CAP Update's
     * references) end when it is published, in the same transaction.
     */
    async publish(draft: AlertDraft, publishedBy: string | null, now = new Date(), replaces: readonly string[] = []): Promise<{ alert: PublishedAlert; replayed: boolean }> {
      const [existing] = await db.query<Row>(`SELECT ${COLUMNS} FROM alerts WHERE identifier = $1`, [draft.identifier]);
      if (existing) return { alert: toAlert(existing), replayed: true };
      if (Date.parse(draft.expiresAt) <= now.getTime()) {
        throw new ApiError(422, 'ALERT_EXPIRED', `The alert expired at ${new Date(draft.expiresAt).toISOString()}; nothing was published`);
      }
      if (Date.parse(draft.expiresAt) - Date.parse(draft.sentAt) > MAX_ALERT_DAYS * 86_400_000) {
        throw new ApiError(400, 'INVALID_PARAMS', `expiresAt: an alert may stay in effect at most ${MAX_ALERT_DAYS} days; nothing was published`, {
          issues: [{ path: 'expiresAt', message: `at most ${MAX_ALERT_DAYS} days after it is sent` }], limit: MAX_ALERT_DAYS,
        });
      }
      return db.transaction(async (tx) => {
        const id = newId('alr');
        const inserted = await tx.query(
          `INSERT INTO alerts (id, identifier, sender, published_by, severity, category, headline, description, instruction, area, sent_at, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (identifier) DO NOTHING RETURNING id`,
          [id, draft.identifier, draft.sender, publishedBy, draft.severity, draft.category, JSON.stringify(draft.headline),
            JSON.stringify(draft.description), draft.instruction ? JSON.stringify(draft.instruction) : null, JSON.stringify(draft.area),
            draft.sentAt, draft.expiresAt]);
        if (inserted.length === 0) {
          const [raced] = await tx.query<Row>(`SELECT ${COLUMNS} FROM alerts WHERE identifier = $1`, [draft.identifier]);
          return { alert: toAlert(raced!), replayed: true };
        }
        await withdraw(tx, { identifiers: replaces });
        const recipients = await fanOut(tx, id, draft.area, alertUrgency(draft.severity));
        // Numbered last, under the event-order lock held until commit: open streams see it in order.
        await claimEventOrder(tx);
        await tx.query("UPDATE alerts SET recipients = $2, event_seq = nextval('citadel_event_seq') WHERE id = $1", [id, recipients]);
        await announceEvents(tx, '*');
        const [row] = await tx.query<Row>(`SELECT ${COLUMNS} FROM alerts WHERE id = $1`, [id]);
        return { alert: toAlert(row!), replayed: false };
      });
    },
    /**
     * Withdraws alerts now (a CAP Cancel's references, or the console): they expire at once, so they
     * leave citizens' active alerts and nobody new receives them; they stay in the history.
     * Resolves with the alerts it ended (none that had already expired).
     */
    async withdraw(which: { identifiers?: readonly string[]; ids?: readonly string[] }): Promise<PublishedAlert[]> {
      return (await withdraw(db, which)).map(toAlert);
    },
    /** How many citizens an alert for `area` would reach now: each counted once, as the fan-out would. */
    async reach(area: AlertArea): Promise<number> {
      const targets = areaTargets(area, 1);
      const [row] = await db.query<{ count: number }>(
        `SELECT count(DISTINCT t.citizen_id)::int AS count FROM (${targets.sql}) t`, targets.params);
      return row?.count ?? 0;
    },
    async get(id: string): Promise<PublishedAlert | undefined> {
      const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM alerts WHERE id = $1`, [id]);
      return row && toAlert(row);
    },
    /** Every alert, newest first (the public history), `limit` at a time before a `sentAt`. */
    async history(options: { before?: Date; limit?: number; activeOnly?: boolean } = {}): Promise<PublishedAlert[]> {
      const rows = await db.query<Row>(
        `SELECT ${COLUMNS} FROM alerts WHERE ($1::timestamptz IS NULL OR sent_at < $1) AND (NOT $2 OR expires_at > now())
         ORDER BY sent_at DESC, id DESC LIMIT $3`,
        [options.before ?? null, options.activeOnly ?? false, Math.min(options.limit ?? 30, 100)]);
      return rows.map(toAlert);
    },
    /** The unexpired alerts that reached a citizen, most severe first, with whether they read each. */
    async activeFor(citizenId: string): Promise<Array<PublishedAlert & { readAt: string | null }>> {
      const rows = await db.query<Row & { read_at: Date | null }>(
        `SELECT ${COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}, r.read_at FROM alert_recipients r JOIN alerts a ON a.id = r.alert_id
         WHERE r.citizen_id = $1 AND a.expires_at > now()
         ORDER BY array_position(ARRAY['extreme', 'severe', 'moderate', 'minor'], a.severity), a.sent_at DESC LIMIT 20`, [citizenId]);
      return rows.map((row) => ({ ...toAlert(row), readAt: row.read_at?.toISOString() ?? null }));
    },
  };
}
