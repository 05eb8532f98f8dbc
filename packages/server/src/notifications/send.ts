import { isAllowedDeepLink, type Manifest } from '@citadel/protocol';
import type { PartnerNotification, SendBody } from '@citadel/protocol/api';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { announceEvents, claimEventOrder } from '../db/event-order.js';
import { keyReused, requestDigest } from '../payments/idempotency.js';
import { newId } from '../ids.js';
import { enqueuePushes } from '../push/enqueue.js';
import { vietnamDay } from './quota.js';
import { textOf } from '../notification-text.js';
import { createProtectedWords } from '../branding/protected-words.js';

/** What a partner sends and sees, declared in `@citadel/protocol/api`. */
export type { PartnerNotification, SendBody };

/** The answer to a send: the stored notification, or `muted` when the citizen muted its topic (nothing is stored). */
export type SendOutcome =
  | { readonly muted: false; readonly notification: PartnerNotification; readonly replayed: boolean }
  | { readonly muted: true; readonly notification: null; readonly replayed: false };

interface Row {
  id: string; recipient: string; topic: string | null; path: string; state: PartnerNotification['state']; created_at: Date; deliver_at: Date | null;
  request_digest: string;
}

const SELECT = 'SELECT n.id, n.recipient, n.topic, n.path, n.state, n.created_at, n.deliver_at, n.request_digest FROM notifications n';

const toPartner = (row: Row): PartnerNotification => ({
  id: row.id, to: row.recipient, topic: row.topic, path: row.path, state: row.state, createdAt: row.created_at.toISOString(),
  deliverAt: (row.deliver_at ?? row.created_at).toISOString(),
});

/** Checks a send against the app's manifest: declared permission and section, a declared topic, an allowed path. */
export function checkAgainstManifest(manifest: Manifest, body: SendBody): { topic: string | null; path: string } {
  const section = manifest.notifications;
  if (!manifest.permissions.some((p) => p.name === 'notifications') || !section) {
    throw new ApiError(403, 'FORBIDDEN', 'This app\'s manifest declares no notifications permission and section');
  }
  const topics = section.topics.map((t) => t.id);
  if (body.topic === undefined && topics.length > 0) {
    throw new ApiError(400, 'INVALID_PARAMS', `topic: required, one of ${topics.join(', ')}`, { issues: [{ path: 'topic', message: 'required' }] });
  }
  if (body.topic !== undefined && !topics.includes(body.topic)) {
    throw new ApiError(400, 'INVALID_PARAMS', `topic: "${body.topic}" is not declared in the manifest (${topics.join(', ') || 'no topics'})`, { issues: [{ path: 'topic', message: 'not declared' }] });
  }
  const path = body.path ?? '/';
  if (path !== '/' && !isAllowedDeepLink(section, path)) {
    throw new ApiError(400, 'INVALID_PARAMS', `path: must start with one of the manifest's deepLinks (${section.deepLinks.join(', ')}) and have no fragment, "..", "//" or whitespace`, { issues: [{ path: 'path', message: 'not an allowed deep link' }] });
  }
  return { topic: body.topic ?? null, path };
}

async function replay(tx: Queryable, appId: string, key: string, digest: string): Promise<SendOutcome | undefined> {
  const [existing] = await tx.query<Row>(`${SELECT} WHERE n.app_id = $1 AND n.idempotency_key = $2`, [appId, key]);
  if (!existing) return undefined;
  if (existing.request_digest !== digest) throw keyReused();
  return { muted: false, notification: toPartner(existing), replayed: true };
}

/**
 * Sends one notification from a partner, in one transaction: the grant row of the recipient is
 * locked (so concurrent sends to one citizen count against the quota one at a time), a replayed
 * `Idempotency-Key` answers what it answered before, a muted topic stores nothing, the daily
 * quota (a calendar day in Vietnam) and the operator's daily cap on the whole app answer 429 with
 * their limit and reset time, and the inbox row and one push per subscription of the citizen are
 * written together. A send within `spacingMs` of the app's previous notification to the citizen is
 * paced: stored with `deliver_at` (that one's time plus the spacing) and no live event number, its
 * pushes due then; `createPacedRelease` shows it when its time comes (docs/security-model.md).
 */
export async function sendNotification(db: Database, input: {
  readonly appId: string; readonly manifest: Manifest; readonly key: string; readonly body: SendBody;
  /** The server's quota, unless the operator set one for the app (`apps.notification_quota`). */
  readonly dailyQuota: number;
  /** The least time between two notifications of the app to one citizen, ms; 0 sends every one at once. */
  readonly spacingMs: number;
  readonly now?: Date;
}): Promise<SendOutcome> {
  const { appId, key, body } = input;
  const { topic, path } = checkAgainstManifest(input.manifest, body);
  await refuseLookAlikeBranding(db, appId, body);
  const digest = requestDigest(body);
  const early = await replay(db, appId, key, digest);
  if (early) return early;
  return db.transaction(async (tx) => {
    const [grant] = await tx.query<{ citizen_id: string }>(
      'SELECT citizen_id FROM notification_grants WHERE app_id = $1 AND subject = $2 FOR UPDATE', [appId, body.to]);
    // Unknown and not-granted look alike: a partner cannot probe who uses other apps.
    if (!grant) throw new ApiError(403, 'NOTIFICATIONS_NOT_GRANTED', 'This citizen has not allowed this app to notify them, or withdrew it');
    const again = await replay(tx, appId, key, digest);
    if (again) return again;
    if (topic !== null) {
      const muted = await tx.query('SELECT 1 FROM notification_mutes WHERE citizen_id = $1 AND app_id = $2 AND topic = $3', [grant.citizen_id, appId, topic]);
      if (muted.length > 0) return { muted: true, notification: null, replayed: false };
    }
    // The operator's quota for this app, if set, else the server's.
    const [own] = await tx.query<{ quota: number | null; cap: number | null }>(
      'SELECT notification_quota AS quota, notification_daily_cap AS cap FROM apps WHERE id = $1', [appId]);
    const quota = own?.quota ?? input.dailyQuota;
    const now = input.now ?? new Date();
    const day = vietnamDay(now);
    const [{ sent } = { sent: 0 }] = await tx.query<{ sent: number }>(
      'SELECT count(*)::int AS sent FROM notifications WHERE app_id = $1 AND citizen_id = $2 AND created_at >= $3',
      [appId, grant.citizen_id, day.start]);
    const retryAfterSeconds = Math.max(1, Math.ceil((day.resetAt.getTime() - now.getTime()) / 1000));
    if (sent >= quota) {
      throw new ApiError(429, 'QUOTA_EXCEEDED', `This app may send this citizen ${quota} notifications a day; the quota resets at ${day.resetAt.toISOString()}`, {
        limit: quota, window: 'day', resetAt: day.resetAt.toISOString(), retryAfterSeconds,
      });
    }
    await refuseBeyondAppCap(tx, appId, own?.cap ?? null, day, retryAfterSeconds);
    const id = newId('ntf');
    const title = textOf(body.title);
    const text = textOf(body.body);
    const deliverAt = await pacedUntil(tx, appId, grant.citizen_id, input.spacingMs);
    if (deliverAt === null) {
      // The insert draws the live event number (`nextval`): under the lock, until commit.
      await claimEventOrder(tx);
      await announceEvents(tx, grant.citizen_id);
    }
    // A paced one has no number until `createPacedRelease` gives it one at `deliver_at`: until then no stream,
    // inbox or unread count shows it.
    await tx.query(
      `INSERT INTO notifications (id, citizen_id, app_id, recipient, topic, title, body, title_en, body_en, path, idempotency_key, request_digest,
                                  deliver_at, event_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CASE WHEN $13::timestamptz IS NULL THEN nextval('citadel_event_seq') END)`,
      [id, grant.citizen_id, appId, body.to, topic, title.vi, text.vi, title.en, text.en, path, key, digest, deliverAt]);
    await enqueuePushes(tx, { notificationId: id }, 'normal');
    const [row] = await tx.query<Row>(`${SELECT} WHERE n.id = $1`, [id]);
    return { muted: false, notification: toPartner(row!), replayed: false };
  });
}

/**
 * Refuses a send beyond the operator's daily cap on all of the app's notifications (`apps.notification_daily_cap`,
 * `npm run operator -- apps cap`), with 429 `QUOTA_EXCEEDED`, `window: 'app-day'`. The app's sends of the day are
 * counted under a per-app lock, so concurrent sends to different citizens cannot both take the last one.
 */
async function refuseBeyondAppCap(tx: Queryable, appId: string, cap: number | null, day: { start: Date; resetAt: Date }, retryAfterSeconds: number): Promise<void> {
  if (cap === null) return;
  // An advisory lock, not `FOR UPDATE` on the app row: that would also block every insert that checks its foreign key.
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('citadel-app-cap:' || $1::text))", [appId]);
  const [{ sent } = { sent: 0 }] = await tx.query<{ sent: number }>(
    'SELECT count(*)::int AS sent FROM notifications WHERE app_id = $1 AND created_at >= $2', [appId, day.start]);
  if (sent >= cap) {
    throw new ApiError(429, 'QUOTA_EXCEEDED', `The platform operator caps this app at ${cap} notifications a day in all; the cap resets at ${day.resetAt.toISOString()}`, {
      limit: cap, window: 'app-day', resetAt: day.resetAt.toISOString(), retryAfterSeconds,
    });
  }
}

/**
 * When a notification of the app to the citizen may be delivered, if not at once: the spacing after their previous
 * one (its own due time if it waits too), when that is still to come. Read under the grant lock, so concurrent sends
 * to one citizen queue one behind the other. Times are the database's (`now()`), as `created_at` is.
 */
async function pacedUntil(tx: Queryable, appId: string, citizenId: string, spacingMs: number): Promise<Date | null> {
  if (spacingMs <= 0) return null;
  const [row] = await tx.query<{ at: Date | null }>(
    `SELECT CASE WHEN last + $3 * interval '1 millisecond' > now() THEN last + $3 * interval '1 millisecond' END AS at
     FROM (SELECT max(coalesce(deliver_at, created_at)) AS last FROM notifications WHERE app_id = $1 AND citizen_id = $2) previous`,
    [appId, citizenId, spacingMs]);
  return row?.at ?? null;
}

/**
 * Refuses a title or body that poses as the platform or the city: one of the operator's protected words, folded
 * (`foldForMatching`), from an app the operator has not marked official (docs/security-model.md).
 */
async function refuseLookAlikeBranding(db: Queryable, appId: string, body: SendBody): Promise<void> {
  const [app] = await db.query<{ official: boolean }>('SELECT official FROM apps WHERE id = $1', [appId]);
  if (app?.official) return;
  const textsOf = (field: 'title' | 'body') => {
    const text = textOf(body[field]);
    return text.en === null ? [text.vi] : [text.vi, text.en];
  };
  const hit = await createProtectedWords(db).findIn([['title', textsOf('title')], ['body', textsOf('body')]]);
  if (hit) {
    const { field, word } = hit;
    throw new ApiError(400, 'LOOKALIKE_BRANDING', `${field}: "${word}" is a protected word: only the platform, the city and its official apps may use it`, {
      word, issues: [{ path: field, message: `contains the protected word "${word}"` }],
    });
  }
}

/** One of the app's own notifications, for the partner API; undefined for another app's. */
export async function partnerNotification(db: Queryable, appId: string, id: string): Promise<PartnerNotification | undefined> {
  const [row] = await db.query<Row>(`${SELECT} WHERE n.id = $1 AND n.app_id = $2`, [id, appId]);
  return row && toPartner(row);
}
