import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import { ID_TOKEN_MAX_LIFETIME_SECONDS, TOKEN_ALGORITHM } from '@citadel/protocol/tokens';
import type { Database } from '../db/database.js';

/** A retired key stays published this long after retirement: every token it signed has expired by then. */
export const RETIRED_KEY_GRACE_SECONDS = ID_TOKEN_MAX_LIFETIME_SECONDS + 300;
/**
 * A new key is published this long before it signs anything, so verifiers that cached the JWKS
 * (the JWKS is served with `max-age=60`; jose refetches at most every 30 s) know it in time.
 */
export const PREPUBLISH_SECONDS = 120;
/** How long a process reuses the keys it read (another process may have rotated). */
const CACHE_MS = 30_000;
const KEY_LOCK = 7_140_324;

interface KeyRow { kid: string; private_jwk: JWK; public_jwk: JWK; activates_at: Date; retired_at: Date | null }

/**
 * The ES256 keys identity tokens are signed with, kept in the database so every process signs
 * with the same key. Production deployments would hold the private keys in a KMS or HSM behind
 * this same interface; here they sit in the database, which must be protected accordingly.
 *
 * Rotation publishes the next key `PREPUBLISH_SECONDS` ahead, then signs with it; the previous
 * key stays published `RETIRED_KEY_GRACE_SECONDS` after that, until its last token has expired.
 */
export function createSigningKeys(db: Database) {
  let cache: { at: number; rows: KeyRow[]; imported: Map<string, CryptoKey> } | undefined;

  const read = async () => {
    const rows = await db.query<KeyRow>(
      `SELECT kid, private_jwk, public_jwk, activates_at, retired_at FROM signing_keys
       WHERE retired_at IS NULL OR retired_at > now() - make_interval(secs => $1) ORDER BY activates_at DESC`,
      [RETIRED_KEY_GRACE_SECONDS]);
    return { at: Date.now(), rows, imported: new Map<string, CryptoKey>() };
  };

  const insertKey = async (activateInSeconds: number, retireOthers: boolean) => {
    const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
    const kid = randomBytes(9).toString('base64url');
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [KEY_LOCK]);
      if (!retireOthers && (await tx.query('SELECT 1 FROM signing_keys WHERE retired_at IS NULL')).length > 0) return;
      const [{ at }] = await tx.query<{ at: Date }>('SELECT now() + make_interval(secs => $1) AS at', [activateInSeconds]) as [{ at: Date }];
      await tx.query('UPDATE signing_keys SET retired_at = $1 WHERE retired_at IS NULL OR retired_at > $1', [at]);
      await tx.query('INSERT INTO signing_keys (kid, private_jwk, public_jwk, activates_at) VALUES ($1, $2, $3, $4)',
        [kid, JSON.stringify(await exportJWK(privateKey)), JSON.stringify(await exportJWK(publicKey)), at]);
    });
    cache = undefined;
  };

  const current = async () => {
    if (!cache || Date.now() - cache.at > CACHE_MS) cache = await read();
    if (cache.rows.length === 0) {
      await insertKey(0, false);
      cache = await read();
    }
    return cache;
  };

  return {
    /** The key to sign with now: the newest one whose activation time has come. */
    async active(): Promise<{ kid: string; key: CryptoKey }> {
      const keys = await current();
      const now = Date.now();
      const live = (r: KeyRow) => r.activates_at.getTime() <= now && (r.retired_at === null || r.retired_at.getTime() > now);
      const row = keys.rows.find(live) ?? keys.rows.find((r) => r.activates_at.getTime() <= now) ?? keys.rows[keys.rows.length - 1]!;
      let key = keys.imported.get(row.kid);
      if (!key) keys.imported.set(row.kid, (key = (await importJWK(row.private_jwk, TOKEN_ALGORITHM)) as CryptoKey));
      return { kid: row.kid, key };
    },
    /** The JWKS: the next key (published ahead), the signing key, and retired keys still in their grace period. */
    async jwks(): Promise<{ keys: JWK[] }> {
      const keys = await current();
      return { keys: keys.rows.map((r) => ({ ...r.public_jwk, kid: r.kid, alg: TOKEN_ALGORITHM, use: 'sig' })) };
    },
    /**
     * Starts a rotation: a new key, published now and signing in `activateInSeconds` (default
     * `PREPUBLISH_SECONDS`). Pass 0 only when a key is compromised: verifiers that cached the
     * JWKS may refuse new tokens until they refetch it (30 s with `@citadel/node`).
     */
    rotate: (activateInSeconds = PREPUBLISH_SECONDS) => insertKey(activateInSeconds, true),
    /** Drops this process's cached keys (other processes reread within 30 s). */
    reload: () => {
      cache = undefined;
    },
  };
}
