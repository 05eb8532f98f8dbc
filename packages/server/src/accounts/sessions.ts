import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Citizen, SessionInfo } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import type { Surface } from '../host-routing.js';
import { citizenColumns, toCitizen } from './citizens.js';

/** How long a session lasts without being used. */
export const SESSION_DAYS = 30;
/** `last_seen_at` is refreshed at most this often, so reads stay reads. */
const TOUCH_SECONDS = 60;

/** The session token is random; only its SHA-256 digest is stored, so a database leak signs no one in. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Server-side sessions: create, look up by cookie token, list, revoke. Each belongs to the site that started it (the
 * host or the developer console) and is found only there (docs/security-model.md, "The platform server").
 */
export function createSessions(db: Queryable) {
  return {
    /** Starts a session on `surface`; resolves with the token for the cookie. */
    async start(citizenId: string, userAgent: string, surface: Surface): Promise<{ id: string; token: string }> {
      const token = randomBytes(32).toString('base64url');
      const id = randomUUID();
      await db.query(
        `INSERT INTO sessions (id, citizen_id, token_digest, user_agent, expires_at, surface)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5), $6)`,
        [id, citizenId, digest(token), userAgent.slice(0, 256), SESSION_DAYS, surface]);
      return { id, token };
    },
    /** The live session of `surface` and its citizen for a cookie token; extends an active session's expiry. */
    async resolve(token: string, surface: Surface): Promise<{ sessionId: string; citizen: Citizen } | undefined> {
      const [row] = await db.query<Parameters<typeof toCitizen>[0] & { session_id: string; stale: boolean }>(
        `SELECT s.id AS session_id, s.last_seen_at < now() - make_interval(secs => $2) AS stale,
                ${citizenColumns('c.')}
         FROM sessions s JOIN citizens c ON c.id = s.citizen_id
         WHERE s.token_digest = $1 AND s.surface = $3 AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [digest(token), TOUCH_SECONDS, surface]);
      if (!row) return undefined;
      if (row.stale) {
        await db.query('UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(days => $2) WHERE id = $1', [row.session_id, SESSION_DAYS]);
      }
      return { sessionId: row.session_id, citizen: toCitizen(row) };
    },
    /** The citizen's live sessions, most recently used first. */
    async list(citizenId: string): Promise<SessionInfo[]> {
      const rows = await db.query<{ id: string; user_agent: string; created_at: Date; last_seen_at: Date }>(
        `SELECT id, user_agent, created_at, last_seen_at FROM sessions
         WHERE citizen_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_seen_at DESC`,
        [citizenId]);
      return rows.map((r) => ({ id: r.id, userAgent: r.user_agent, createdAt: r.created_at.toISOString(), lastSeenAt: r.last_seen_at.toISOString() }));
    },
    /** Revokes every session of the citizen but `keep` (account recovery). */
    async revokeOthers(citizenId: string, keep: string): Promise<void> {
      await db.query('UPDATE sessions SET revoked_at = now() WHERE citizen_id = $1 AND id <> $2 AND revoked_at IS NULL', [citizenId, keep]);
    },
    /** Revokes one of the citizen's sessions; false when there was no such live session. */
    async revoke(citizenId: string, sessionId: string): Promise<boolean> {
      const rows = await db.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND citizen_id = $2 AND revoked_at IS NULL RETURNING id', [sessionId, citizenId]);
      return rows.length > 0;
    },
  };
}
