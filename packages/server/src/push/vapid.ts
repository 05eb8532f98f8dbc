import webpush from 'web-push';
import type { Queryable } from '../db/database.js';

/** The contact push services are given when no `subject` is configured. Set a real one in production. */
export const DEFAULT_VAPID_SUBJECT = 'mailto:operator@citadel.invalid';

/** What web-push needs to sign a push (RFC 8292): the contact and the key pair, base64url. */
export interface VapidDetails {
  readonly subject: string;
  readonly publicKey: string;
  readonly privateKey: string;
}

/** The server's VAPID identity, the same in every process that shares the database. */
export interface Vapid {
  /** The public key, base64url of the uncompressed P-256 point: the host's `applicationServerKey`. */
  publicKey(): Promise<string>;
  /** The subject and the key pair, for signing. */
  details(): Promise<VapidDetails>;
}

/** Options of `createVapid`. */
export interface VapidOptions {
  /**
   * Who push services may contact about this server's pushes (RFC 8292 §2.1): a `mailto:` or an
   * `https:` URL. Default `DEFAULT_VAPID_SUBJECT`, `mailto:operator@citadel.invalid`.
   */
  readonly subject?: string;
}

/** The `server_secrets` row the key pair lives in. */
const SECRET_NAME = 'vapid';

function checkSubject(subject: string): string {
  const url = URL.canParse(subject) ? new URL(subject) : undefined;
  const ok = url !== undefined && (url.protocol === 'https:' || (url.protocol === 'mailto:' && url.pathname.includes('@')));
  if (!ok) throw new TypeError('The VAPID subject must be a mailto: address or an https: URL');
  return subject;
}

/**
 * The VAPID key pair (RFC 8292), made once with `webpush.generateVAPIDKeys()` and kept in
 * `server_secrets` under `vapid`. The first process to need it inserts its pair with
 * `ON CONFLICT DO NOTHING` and every process reads back the stored one, so two processes that
 * start together still agree on one key (subscriptions are bound to it by the browser). Cached
 * in memory once read; a failed read is retried on the next call.
 */
export function createVapid(db: Queryable, options: VapidOptions = {}): Vapid {
  const subject = checkSubject(options.subject ?? DEFAULT_VAPID_SUBJECT);
  let keys: Promise<{ publicKey: string; privateKey: string }> | undefined;
  const load = async () => {
    const fresh = webpush.generateVAPIDKeys();
    await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [SECRET_NAME, JSON.stringify({ publicKey: fresh.publicKey, privateKey: fresh.privateKey })]);
    const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SECRET_NAME]);
    const stored = JSON.parse(row!.value) as { publicKey: string; privateKey: string };
    return { publicKey: stored.publicKey, privateKey: stored.privateKey };
  };
  const pair = () => (keys ??= load().catch((error: unknown) => {
    keys = undefined;
    throw error;
  }));
  return {
    publicKey: async () => (await pair()).publicKey,
    details: async () => ({ subject, ...(await pair()) }),
  };
}
