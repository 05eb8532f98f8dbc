import type { PartnerClient, SendNotificationInput } from '@citadel/node';
import { retryAt, sendOne, type Outcome, type Queryable } from '@citadel-miniapp/backend-kit';
import { LIMITS } from '../limits.js';

/** One notification to send: its idempotency key (derived from the event, never random), and what to send. */
export interface Message {
  readonly key: string;
  readonly input: SendNotificationInput & { readonly to: string; readonly topic: string };
  /** Set for a recipient of a class announcement. */
  readonly announcementId?: string;
}

/** Outcomes another try may change: the citizen may allow notifications, the quota resets, the network comes back. */
export const RETRYABLE: readonly (Outcome | 'pending')[] = ['pending', 'not_granted', 'quota', 'failed', 'skipped'];

/** Runs `work` over `items`, at most `limit` at a time, in order of starting. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  }));
  return results;
}

/** A `notifications` row as both drivers return it. */
interface NotificationRow {
  key: string; sub: string; topic: string; message: string; announcement_id: string | null;
  state: Outcome | 'pending'; detail: string | null; attempts: number; retry_at: Date | string | null; updated_at: Date | string;
}

/**
 * The notifications this backend sends, kept in its own table: each is stored before it is sent
 * (so nothing accepted is lost when the platform is down), sent under its key, its outcome
 * recorded, and tried again in the background when another try may succeed.
 */
export function createOutbox(db: Queryable, now: () => Date = () => new Date()) {
  async function deliver(citadel: PartnerClient | undefined, key: string): Promise<Outcome> {
    const [row] = await db.query<Pick<NotificationRow, 'message' | 'state' | 'attempts'>>('SELECT message, state, attempts FROM notifications WHERE key = $1', [key]);
    if (!row) throw new Error(`no notification ${key}`);
    if (row.state === 'sent' || row.state === 'muted') return row.state;
    const sent = await sendOne(citadel, JSON.parse(row.message) as SendNotificationInput, key);
    const attempts = Number(row.attempts) + 1;
    const at = now();
    await db.query('UPDATE notifications SET state = $2, detail = $3, attempts = $4, retry_at = $5, updated_at = $6 WHERE key = $1',
      [key, sent.state, sent.detail, attempts, retryAt(sent.state, attempts, at, sent.resetAt, { attempts: LIMITS.notifyAttempts, backoffSeconds: LIMITS.notifyBackoffSeconds }), at]);
    return sent.state;
  }

  return {
    /**
     * Stores `messages` as pending (a key already stored is left as it is), inside the caller's
     * transaction when `q` is one. Each is due for the retry loop a backoff later, in case the
     * send that should follow the commit never runs.
     */
    async enqueue(q: Queryable, messages: readonly Message[]): Promise<void> {
      const at = now();
      for (const m of messages) {
        await q.query(
          `INSERT INTO notifications (key, sub, topic, message, announcement_id, state, retry_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7)
           ON CONFLICT (key) DO NOTHING`,
          [m.key, m.input.to, m.input.topic, JSON.stringify(m.input), m.announcementId ?? null, new Date(at.getTime() + LIMITS.notifyBackoffSeconds * 1000), at]);
      }
    },
    /** Sends the stored notifications `keys` (a few at a time); answers each one's outcome. */
    send: (citadel: PartnerClient | undefined, keys: readonly string[]): Promise<Outcome[]> =>
      pool(keys, LIMITS.fanOutConcurrency, (key) => deliver(citadel, key)),
    /** Stores and sends `messages` now. */
    async notify(citadel: PartnerClient | undefined, messages: readonly Message[]): Promise<Outcome[]> {
      await this.enqueue(db, messages);
      return this.send(citadel, messages.map((m) => m.key));
    },
    /** One pass of the retry loop: every notification due again. Resolves with how many were tried. */
    async retryDue(citadel: PartnerClient | undefined): Promise<number> {
      const due = await db.query<Pick<NotificationRow, 'key'>>('SELECT key FROM notifications WHERE retry_at <= $1 ORDER BY retry_at LIMIT $2', [now(), LIMITS.notifyRetryBatch]);
      await this.send(citadel, due.map((r) => r.key));
      return due.length;
    },
    /** The keys of an announcement's notifications in `states` (default: not reached yet, whatever their tries, for a teacher's resend). */
    async unreached(announcementId: string, states: readonly (Outcome | 'pending')[] = RETRYABLE): Promise<string[]> {
      return (await db.query<Pick<NotificationRow, 'key'>>('SELECT key FROM notifications WHERE announcement_id = $1 AND state = ANY($2::text[]) ORDER BY key', [announcementId, [...states]])).map((r) => r.key);
    },
    /** How many of an announcement's notifications ended in each outcome. */
    async counts(announcementId: string): Promise<Record<Outcome | 'pending', number>> {
      const rows = await db.query<Pick<NotificationRow, 'state'> & { n: number }>('SELECT state, count(*)::int AS n FROM notifications WHERE announcement_id = $1 GROUP BY state', [announcementId]);
      const counts: Record<Outcome | 'pending', number> = { pending: 0, sent: 0, muted: 0, not_granted: 0, quota: 0, failed: 0, skipped: 0 };
      for (const r of rows) counts[r.state] = Number(r.n);
      return counts;
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
