import { randomBytes } from 'node:crypto';
import { ANALYTICS_RETENTION_DAYS } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { addDays } from './vietnam-date.js';

/**
 * The random salt of each Vietnam day's visitor keys (`visitorKey`), one for every server process (`analytics_salts`).
 * The first report of a day makes that day's salt and deletes what is past keeping: the salts of earlier days, so no
 * stored key can be traced to a citizen any more, and launches and error counts older than `retentionDays` days.
 */
export function createDailySalts(db: Queryable, retentionDays: number = ANALYTICS_RETENTION_DAYS) {
  const read = async (day: string) =>
    (await db.query<{ salt: string }>('SELECT salt FROM analytics_salts WHERE day = $1', [day]))[0]?.salt;
  return {
    /** The salt of `day` (`YYYY-MM-DD`), made when it is the first ask of that day. */
    async of(day: string): Promise<string> {
      const known = await read(day);
      if (known) return known;
      const [made] = await db.query<{ salt: string }>(
        'INSERT INTO analytics_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING RETURNING salt', [day, randomBytes(32).toString('base64url')]);
      // Another process made it meanwhile: theirs holds.
      if (!made) return (await read(day))!;
      const oldest = addDays(day, -(retentionDays - 1));
      await db.query('DELETE FROM analytics_salts WHERE day < $1', [day]);
      await db.query('DELETE FROM app_launches WHERE day < $1', [oldest]);
      await db.query('DELETE FROM app_bridge_errors WHERE day < $1', [oldest]);
      return made.salt;
    },
  };
}
