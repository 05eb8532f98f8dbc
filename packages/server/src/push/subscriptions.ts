import { createECDH, randomBytes } from 'node:crypto';
import type { PushSubscriptionBody, PushSubscriptionSummary } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { checkWebhookUrl } from '../delivery/url-policy.js';
import { dropSubscriptions } from './settle.js';

/** The most push subscriptions (browsers, devices) one citizen may have. */
export const MAX_PUSH_SUBSCRIPTIONS = 10;

/** The longest `User-Agent` kept with a subscription; longer ones are cut. */
const MAX_USER_AGENT_LENGTH = 256;

/** A browser's `PushSubscription.toJSON()`, as the host sends it (the contract's body); other fields are ignored. */
export type PushSubscriptionInput = Pick<PushSubscriptionBody, 'endpoint' | 'keys'>;

/** A citizen's Web Push subscriptions. */
export interface PushSubscriptions {
  /**
   * Stores a subscription for `citizenId`. The same endpoint again is the same browser: it is
   * re-bound to this citizen with the new keys. Rejects with `ApiError` 400 `INVALID_PARAMS`
   * for bad input and 409 `QUOTA_EXCEEDED` (extra `{ limit }`) past `MAX_PUSH_SUBSCRIPTIONS`.
   */
  add(citizenId: string, subscription: PushSubscriptionInput, userAgent?: string): Promise<{ id: string; createdAt: string }>;
  /** Deletes one of the citizen's subscriptions; rejects with `ApiError` 404 `NOT_FOUND` for any other id. */
  remove(citizenId: string, id: string): Promise<void>;
  /** The citizen's subscriptions, oldest first. */
  list(citizenId: string): Promise<PushSubscriptionSummary[]>;
}

const invalid = (message: string) => new ApiError(400, 'INVALID_PARAMS', message);

/** Decodes unpadded (or padded) base64url, or undefined unless it is exactly the canonical encoding of some bytes. */
function base64url(text: unknown): Buffer | undefined {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return undefined;
  const bare = text.replace(/=+$/, '');
  const bytes = Buffer.from(bare, 'base64url');
  return bytes.toString('base64url') === bare ? bytes : undefined;
}

/** True when `point` is an uncompressed P-256 point on the curve (computing a shared secret with it checks that). */
function isP256Point(point: Buffer): boolean {
  if (point.length !== 65 || point[0] !== 0x04) return false;
  try {
    const probe = createECDH('prime256v1');
    probe.generateKeys();
    probe.computeSecret(point);
    return true;
  } catch {
    return false;
  }
}

interface Checked { endpoint: string; p256dh: string; auth: string }

/** The shape, then the endpoint against the URL policy, then the RFC 8291 keys; the first failure is the answer. */
function check(input: unknown, development: boolean): Checked {
  if (typeof input !== 'object' || input === null) throw invalid('The subscription must be an object with endpoint and keys');
  const { endpoint, keys } = input as { endpoint?: unknown; keys?: unknown };
  if (typeof endpoint !== 'string') throw invalid('The subscription endpoint must be a string');
  const verdict = checkWebhookUrl(endpoint, { development });
  if (!verdict.ok) throw invalid(`The subscription endpoint is refused: ${verdict.reason}`);
  if (typeof keys !== 'object' || keys === null) throw invalid('The subscription must carry keys.p256dh and keys.auth');
  const { p256dh, auth } = keys as { p256dh?: unknown; auth?: unknown };
  // RFC 8291 §3.2: the user agent's key is an uncompressed P-256 point (X9.62, 65 bytes).
  const point = base64url(p256dh);
  if (!point || !isP256Point(point)) throw invalid('keys.p256dh must be the base64url of a 65-byte uncompressed P-256 public key');
  // RFC 8291 §3.2: the authentication secret is 16 random bytes.
  const secret = base64url(auth);
  if (!secret || secret.length !== 16) throw invalid('keys.auth must be the base64url of 16 bytes');
  return { endpoint: verdict.url.href, p256dh: point.toString('base64url'), auth: secret.toString('base64url') };
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * Push subscriptions, checked before they are stored: the endpoint passes the webhook URL policy
 * (`https:` only, loopback only in `development`, no private addresses; checked again at each
 * push), and the keys are what RFC 8291 requires. A subscription's citizen never changes: an
 * endpoint another citizen had is deleted (its queued pushes with it) and stored anew, so a
 * shared browser never receives the previous citizen's queued messages.
 */
export function createPushSubscriptions(db: Database, options: { readonly development: boolean }): PushSubscriptions {
  return {
    async add(citizenId, subscription, userAgent = '') {
      const checked = check(subscription, options.development);
      const agent = typeof userAgent === 'string' ? userAgent.slice(0, MAX_USER_AGENT_LENGTH) : '';
      return db.transaction(async (tx) => {
        // One add at a time per citizen, so two concurrent adds cannot both pass the limit.
        const citizen = await tx.query('SELECT 1 FROM citizens WHERE id = $1 FOR NO KEY UPDATE', [citizenId]);
        if (citizen.length === 0) throw new ApiError(404, 'NOT_FOUND', 'No such citizen');
        const elsewhere = await tx.query<{ id: string }>(
          'SELECT id FROM push_subscriptions WHERE endpoint = $1 AND citizen_id <> $2 FOR UPDATE', [checked.endpoint, citizenId]);
        await dropSubscriptions(tx, elsewhere.map((row) => row.id));
        const [{ others } = { others: 0 }] = await tx.query<{ others: number }>(
          'SELECT count(*)::int AS others FROM push_subscriptions WHERE citizen_id = $1 AND endpoint <> $2', [citizenId, checked.endpoint]);
        if (others >= MAX_PUSH_SUBSCRIPTIONS) {
          throw new ApiError(409, 'QUOTA_EXCEEDED', `A citizen may have at most ${MAX_PUSH_SUBSCRIPTIONS} push subscriptions; remove one first`, { limit: MAX_PUSH_SUBSCRIPTIONS });
        }
        const [row] = await tx.query<{ id: string; created_at: Date | string }>(
          `INSERT INTO push_subscriptions (id, citizen_id, endpoint, p256dh, auth, user_agent) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (endpoint) DO UPDATE SET p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, user_agent = EXCLUDED.user_agent
             WHERE push_subscriptions.citizen_id = EXCLUDED.citizen_id
           RETURNING id, created_at`,
          [`psh_${randomBytes(16).toString('base64url')}`, citizenId, checked.endpoint, checked.p256dh, checked.auth, agent]);
        // Only if another citizen stored this very endpoint since the delete above: one browser, two accounts at once.
        if (!row) throw new ApiError(409, 'FORBIDDEN', 'This push endpoint was just registered by another account; try again');
        return { id: row.id, createdAt: iso(row.created_at) };
      });
    },
    async remove(citizenId, id) {
      await db.transaction(async (tx) => {
        const found = await tx.query<{ id: string }>('SELECT id FROM push_subscriptions WHERE id = $1 AND citizen_id = $2 FOR UPDATE', [id, citizenId]);
        if (found.length === 0) throw new ApiError(404, 'NOT_FOUND', 'No such push subscription');
        await dropSubscriptions(tx, [id]);
      });
    },
    async list(citizenId) {
      const rows = await db.query<{ id: string; endpoint: string; created_at: Date | string; last_success_at: Date | string | null }>(
        'SELECT id, endpoint, created_at, last_success_at FROM push_subscriptions WHERE citizen_id = $1 ORDER BY created_at, id', [citizenId]);
      return rows.map((row) => ({
        id: row.id, origin: new URL(row.endpoint).origin, createdAt: iso(row.created_at),
        lastSuccessAt: row.last_success_at === null ? null : iso(row.last_success_at),
      }));
    },
  };
}
