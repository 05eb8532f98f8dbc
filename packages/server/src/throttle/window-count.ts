import type { Queryable } from '../db/database.js';

/** A key's count in its current window, and when that window began. */
export interface WindowCount {
  readonly count: number;
  readonly windowStart: Date;
}

/**
 * Counts one more request against `key` in a fixed window of `windowSeconds`, in the `auth_throttle` table: one
 * atomic upsert, so every server process and requests sent in parallel see one count. A window that has passed starts
 * again at 1.
 */
export async function countInWindow(db: Queryable, key: string, windowSeconds: number): Promise<WindowCount> {
  const [row] = await db.query<{ count: number; window_start: Date }>(
    `INSERT INTO auth_throttle AS t (key, failures, window_start) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
       window_start = CASE WHEN t.window_start <= now() - make_interval(secs => $2) THEN now() ELSE t.window_start END
     RETURNING failures AS count, window_start`,
    [key, windowSeconds]);
  return { count: row!.count, windowStart: new Date(row!.window_start) };
}
