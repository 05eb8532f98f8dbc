import type { Queryable } from '../db/database.js';

interface Row { locked_until: Date | null }

/** Seconds until a lock lifts, at least 1. */
export const secondsUntil = (date: Date) => Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));

/**
 * Counts failures per key in the database (the `auth_throttle` table), so every server process
 * sees the same counts: a key whose failures reach its limit within the window is locked for the
 * window. Sign-in and partner authentication each name their own keys and limits.
 */
export function createFailureCounter(db: Queryable, windowSeconds: number) {
  return {
    /** The time the key's lock lifts, or undefined when it is not locked. */
    async lockedUntil(key: string): Promise<Date | undefined> {
      const [row] = await db.query<Row>('SELECT locked_until FROM auth_throttle WHERE key = $1 AND locked_until > now()', [key]);
      return row?.locked_until ?? undefined;
    },
    /** Counts one failure against `key`, locking it once `limit` failures fall within the window; resolves with the lock, if any. */
    async fail(key: string, limit: number): Promise<Date | undefined> {
      const [row] = await db.query<Row>(
        `INSERT INTO auth_throttle AS t (key, failures, window_start) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_start < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
           window_start = CASE WHEN t.window_start < now() - make_interval(secs => $2) THEN now() ELSE t.window_start END,
           locked_until = CASE
             WHEN t.window_start >= now() - make_interval(secs => $2) AND t.failures + 1 >= $3
             THEN now() + make_interval(secs => $2) ELSE t.locked_until END
         RETURNING CASE WHEN locked_until > now() THEN locked_until END AS locked_until`,
        [key, windowSeconds, limit]);
      return row?.locked_until ?? undefined;
    },
    /** Forgets the key's failures. */
    async clear(key: string): Promise<void> {
      await db.query('DELETE FROM auth_throttle WHERE key = $1', [key]);
    },
  };
}
