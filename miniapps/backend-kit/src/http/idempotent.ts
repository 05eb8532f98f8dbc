import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/database.js';
import { HttpError } from '../http-error.js';

/** The bounds of `idempotent`: how long a key is remembered and how long it may be. */
export const IDEMPOTENCY_LIMITS = {
  /** A key is answered from its record for 24 hours (Stripe keeps its keys as long), then forgotten and deleted. */
  keepHours: 24,
  /** A key is 1 to 200 visible ASCII characters; a UUID is 36. */
  keyMaxLength: 200,
} as const;

/** Options of `idempotent`. */
export interface IdempotentOptions {
  /** Whose keys these are: the caller's pairwise `sub`. Default `c.var.sub`, which `citizen` sets. */
  readonly scope?: (c: Context) => string;
  /** The clock. Default the real one. */
  readonly now?: () => Date;
}

const KEY = new RegExp(`^[\\x21-\\x7e]{1,${IDEMPOTENCY_LIMITS.keyMaxLength}}$`);

/**
 * Middleware for a citizen's write (after `citizen`, or what tells who calls, and `jsonBody`): a request with an `Idempotency-Key` header is
 * written once. Its first request runs and, when it answers 2xx, that answer is stored with the hash of the body; a
 * repeat with the same key and body, by the same citizen on the same path, within `keepHours`, is answered with the
 * stored status and body (and `idempotent-replayed: true`) without running again. A failed answer is not stored, so
 * the same key can be sent again once the citizen fixed the request. Refusals: `400 INVALID_PARAMS` for a malformed
 * key (naming `limit`, the longest), `422 IDEMPOTENCY_KEY_REUSED` for the same key with another body, `409
 * IDEMPOTENCY_KEY_IN_USE` (with `retry-after: 1`) while its first request still runs. Without the header the request
 * runs as before. Keys live in `IDEMPOTENCY_KEYS_TABLE`; those past `keepHours` are deleted when a new key arrives.
 */
export function idempotent(db: Database, options: IdempotentOptions = {}): MiddlewareHandler {
  const now = options.now ?? (() => new Date());
  const scopeOf = options.scope ?? ((c: Context) => String(c.get('sub')));
  return createMiddleware(async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!KEY.test(key)) {
      throw new HttpError(400, 'INVALID_PARAMS', `Idempotency-Key: 1 to ${IDEMPOTENCY_LIMITS.keyMaxLength} visible ASCII characters`, {
        limit: IDEMPOTENCY_LIMITS.keyMaxLength, issues: [{ path: 'Idempotency-Key', message: 'malformed', code: 'invalid_format' }],
      });
    }
    const scope = scopeOf(c);
    const route = `${c.req.method} ${c.req.path}`;
    const hash = createHash('sha256').update(await c.req.text()).digest('base64url');
    const at = now();
    await db.query('DELETE FROM idempotency_keys WHERE created_at < $1', [new Date(at.getTime() - IDEMPOTENCY_LIMITS.keepHours * 3_600_000)]);
    const taken = await db.query(
      `INSERT INTO idempotency_keys (scope, route, key, request_hash, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (scope, route, key) DO NOTHING RETURNING 1`, [scope, route, key, hash, at]);
    if (taken.length === 0) {
      const [first] = await db.query<{ request_hash: string; status: number | null; body: string | null }>(
        'SELECT request_hash, status, body FROM idempotency_keys WHERE scope = $1 AND route = $2 AND key = $3', [scope, route, key]);
      // Deleted in between (its request failed): the caller may send it again.
      if (first === undefined) throw new HttpError(409, 'IDEMPOTENCY_KEY_IN_USE', 'This key\'s first request has just ended: send it again', {}, { 'retry-after': '1' });
      if (first.request_hash !== hash) throw new HttpError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with another body: make a new key for another request');
      if (first.status === null) throw new HttpError(409, 'IDEMPOTENCY_KEY_IN_USE', 'This key\'s first request is still running: try again in a second', {}, { 'retry-after': '1' });
      return new Response(first.body, { status: first.status, headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' } });
    }
    const forget = () => db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND route = $2 AND key = $3', [scope, route, key]);
    try {
      await next();
    } catch (error) {
      await forget();
      throw error;
    }
    if (c.res.status < 200 || c.res.status > 299) {
      await forget();
      return;
    }
    const body = await c.res.clone().text();
    await db.query('UPDATE idempotency_keys SET status = $4, body = $5 WHERE scope = $1 AND route = $2 AND key = $3', [scope, route, key, c.res.status, body]);
  });
}
