import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';

/** How long a ceremony's challenge may be answered: 5 minutes. */
export const CHALLENGE_SECONDS = 300;

/**
 * Sign-in challenges one client address may hold open (unanswered, unexpired) at once. Anyone may
 * ask for one, so this bounds what an address can make the platform store; generous, as many phones
 * share one carrier address.
 */
export const OPEN_SIGN_IN_CHALLENGES = 50;

/** What a challenge was issued for: adding a passkey, signing in (asked from a client address), or approving one order. */
export type ChallengeBinding =
  | { readonly purpose: 'registration'; readonly citizenId: string }
  | { readonly purpose: 'sign-in'; readonly client?: string }
  | { readonly purpose: 'payment'; readonly citizenId: string; readonly orderId: string };

interface ChallengeRow {
  purpose: ChallengeBinding['purpose'];
  citizen_id: string | null;
  order_id: string | null;
  expired: boolean;
  was_used: boolean;
}

/**
 * Issues a random single-use challenge (32 bytes, base64url) bound to `binding`; prunes challenges
 * a day past their expiry. A sign-in challenge is refused with 429 `RATE_LIMITED` while its client
 * address holds `OPEN_SIGN_IN_CHALLENGES` open ones.
 */
export async function issueChallenge(db: Queryable, binding: ChallengeBinding): Promise<string> {
  const client = binding.purpose === 'sign-in' ? binding.client ?? null : null;
  if (binding.purpose === 'sign-in') await refuseFlood(db, client);
  const challenge = randomBytes(32).toString('base64url');
  await db.query("DELETE FROM webauthn_challenges WHERE expires_at < now() - interval '1 day'");
  await db.query(
    `INSERT INTO webauthn_challenges (challenge, purpose, citizen_id, order_id, client, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
    [challenge, binding.purpose, 'citizenId' in binding ? binding.citizenId : null, 'orderId' in binding ? binding.orderId : null, client, CHALLENGE_SECONDS]);
  return challenge;
}

async function refuseFlood(db: Queryable, client: string | null) {
  const [row] = await db.query<{ open: number; wait: number | null }>(
    `SELECT count(*)::int AS open, ceil(extract(epoch FROM min(expires_at) - now()))::int AS wait FROM webauthn_challenges
     WHERE purpose = 'sign-in' AND client IS NOT DISTINCT FROM $1 AND used_at IS NULL AND expires_at > now()`, [client]);
  if (row && row.open >= OPEN_SIGN_IN_CHALLENGES) {
    throw new ApiError(429, 'RATE_LIMITED', `At most ${OPEN_SIGN_IN_CHALLENGES} open passkey sign-ins per address; try again shortly`, {
      limit: OPEN_SIGN_IN_CHALLENGES, windowSeconds: CHALLENGE_SECONDS, retryAfterSeconds: Math.max(1, row.wait ?? 1),
    });
  }
}

/** The challenge a response's `clientDataJSON` answers, or undefined when it is not WebAuthn client data. */
export function answeredChallenge(clientDataJSON: string): string | undefined {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof data.challenge === 'string' ? data.challenge : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Uses up `challenge` for `binding`, once: an atomic `UPDATE … WHERE used_at IS NULL`, so two
 * requests racing with one assertion cannot both pass. Refuses a challenge never issued
 * (`CHALLENGE_UNKNOWN`), used before (`CHALLENGE_REPLAYED`), past its 5 minutes (`CHALLENGE_EXPIRED`),
 * or issued for another purpose, citizen or order (`CHALLENGE_MISMATCH`); each of these uses it up too.
 */
export async function consumeChallenge(db: Queryable, challenge: string, binding: ChallengeBinding): Promise<void> {
  const [row] = await db.query<ChallengeRow>(
    `WITH prior AS (SELECT challenge, used_at IS NOT NULL AS was_used FROM webauthn_challenges WHERE challenge = $1 FOR UPDATE)
     UPDATE webauthn_challenges w SET used_at = COALESCE(w.used_at, now()) FROM prior WHERE w.challenge = prior.challenge
     RETURNING w.purpose, w.citizen_id, w.order_id, w.expires_at <= now() AS expired, prior.was_used`,
    [challenge]);
  if (!row) throw new ApiError(400, 'CHALLENGE_UNKNOWN', 'This passkey response answers no challenge the platform issued');
  if (row.was_used) throw new ApiError(409, 'CHALLENGE_REPLAYED', 'This passkey response was already used');
  if (row.expired) throw new ApiError(410, 'CHALLENGE_EXPIRED', 'The passkey challenge expired; start again');
  // The client address only counts open sign-ins: an attempt may finish from another address.
  const citizenId = 'citizenId' in binding ? binding.citizenId : null;
  const orderId = 'orderId' in binding ? binding.orderId : null;
  if (row.purpose !== binding.purpose || row.citizen_id !== citizenId || row.order_id !== orderId) {
    throw new ApiError(400, 'CHALLENGE_MISMATCH', 'This passkey response answers a challenge issued for something else');
  }
}
