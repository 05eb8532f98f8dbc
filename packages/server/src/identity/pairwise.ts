import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/**
 * Pairwise subject identifiers (OpenID Connect Core §8.1): HMAC-SHA256 of the app id and the
 * citizen id under a server secret, so one citizen has a stable `sub` in each app and two
 * apps cannot link their users by it. The secret is made once and kept in the database.
 */
export function createPairwise(db: Queryable) {
  let secret: Promise<Buffer> | undefined;
  const load = async () => {
    await db.query("INSERT INTO server_secrets (name, value) VALUES ('pairwise', $1) ON CONFLICT (name) DO NOTHING", [randomBytes(32).toString('base64url')]);
    const [row] = await db.query<{ value: string }>("SELECT value FROM server_secrets WHERE name = 'pairwise'");
    return Buffer.from(row!.value, 'base64url');
  };
  return {
    async subject(appId: string, citizenId: string): Promise<string> {
      const key = await (secret ??= load().catch((error: unknown) => { secret = undefined; throw error; }));
      return createHmac('sha256', key).update(`${appId}\u0000${citizenId}`).digest('base64url');
    },
  };
}
