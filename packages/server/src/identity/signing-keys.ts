import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';
import type { Database } from '../db/database.js';
import { TOKEN_LIFETIME_SECONDS } from './token.js';

/** A retired key stays published this long after retirement: every token it signed has expired by then. */
export const RETIRED_KEY_GRACE_SECONDS = TOKEN_LIFETIME_SECONDS + 300;
/** How long a process trusts its cached view of the keys (another process may have rotated). */
const CACHE_MS = 30_000;
const KEY_LOCK = 7_140_324;

interface KeyRow { kid: string; private_jwk: JWK; public_jwk: JWK; retired_at: Date | null }

/**
 * The ES256 keys identity tokens are signed with, kept in the database so every process signs
 * with the same key. Production deployments would hold the private keys in a KMS or HSM behind
 * this same interface; here they sit in the database, which must be protected accordingly.
 */
export function createSigningKeys(db: Database) {
  let cache: { at: number; active: { kid: string; key: CryptoKey }; jwks: { keys: JWK[] } } | undefined;

  const load = async () => {
    const rows = await db.query<KeyRow>(
      `SELECT kid, private_jwk, public_jwk, retired_at FROM signing_keys
       WHERE retired_at IS NULL OR retired_at > now() - make_interval(secs => $1) ORDER BY created_at DESC`,
      [RETIRED_KEY_GRACE_SECONDS]);
    const current = rows.find((r) => r.retired_at === null);
    if (!current) return undefined;
    const key = (await importJWK(current.private_jwk, 'ES256')) as CryptoKey;
    return {
      at: Date.now(),
      active: { kid: current.kid, key },
      jwks: { keys: rows.map((r) => ({ ...r.public_jwk, kid: r.kid, alg: 'ES256', use: 'sig' })) },
    };
  };

  const createKey = async (retireCurrent: boolean) => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomBytes(9).toString('base64url');
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [KEY_LOCK]);
      if (!retireCurrent) {
        const existing = await tx.query('SELECT 1 FROM signing_keys WHERE retired_at IS NULL');
        if (existing.length > 0) return;
      }
      await tx.query('UPDATE signing_keys SET retired_at = now() WHERE retired_at IS NULL');
      await tx.query('INSERT INTO signing_keys (kid, private_jwk, public_jwk) VALUES ($1, $2, $3)',
        [kid, JSON.stringify(await exportJWK(privateKey)), JSON.stringify(await exportJWK(publicKey))]);
    });
    cache = undefined;
  };

  const current = async () => {
    if (cache && Date.now() - cache.at < CACHE_MS) return cache;
    let loaded = await load();
    if (!loaded) {
      await createKey(false);
      loaded = await load();
    }
    if (!loaded) throw new Error('No signing key could be created');
    return (cache = loaded);
  };

  return {
    /** The key to sign with now. */
    active: async () => (await current()).active,
    /** The JWKS: the active key and every retired key still inside its grace period. */
    jwks: async () => (await current()).jwks,
    /**
     * Makes a new key the signing key and retires the current one, which stays published for
     * `RETIRED_KEY_GRACE_SECONDS`. Other processes pick the new key up within 30 s; until then
     * they sign with the old one, which is still published.
     */
    rotate: () => createKey(true),
  };
}
