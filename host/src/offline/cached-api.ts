/** The Cache Storage cache holding the platform's last answers the host reads offline. */
export const API_CACHE = 'host-api';

/**
 * The platform's `GET` answers kept for reading offline: the catalogue, who is signed in, the inbox, the alerts and
 * the wallet, what the home, inbox, alerts, wallet and account screens show. Never the live stream, the launch check
 * (an app that cannot load offline is not framed offline) or anything another screen writes through.
 */
const PUBLIC = [/^\/api\/apps$/, /^\/api\/alerts(\/[A-Za-z0-9_-]+)?$/, /^\/api\/city$/];
/** The signed-in citizen's own answers among them. */
const PERSONAL = [/^\/api\/me$/, /^\/api\/me\/(alerts|wards|location)$/, /^\/api\/inbox(\/unread)?$/, /^\/api\/wallet(\/history)?$/];

/** Whether the answer to a `GET` of `pathname` is kept for reading offline. */
export const isKeptAnswer = (pathname: string): boolean => [...PUBLIC, ...PERSONAL].some((path) => path.test(pathname));

/** What the service worker tells a page when it answered one of its calls from the cache. */
export interface StaleAnswer {
  readonly type: 'citadel-stale-answer';
  /** The path it answered, `/api/me/alerts`. */
  readonly path: string;
  /** When the platform sent that answer (its `Date` header), an HTTP date; `null` when it had none. */
  readonly sentAt: string | null;
  /** When the worker answered from the cache (ms since the epoch): a message sent before the page was back online is stale news. */
  readonly servedAt: number;
}

/** What the service worker tells a page when the platform answered one of its kept calls: what it shows is fresh again. */
export interface FreshAnswer {
  readonly type: 'citadel-fresh-answer';
  /** The path it answered, `/api/inbox`: the list read from it is fresh again. Absent from a worker of an earlier build. */
  readonly path?: string;
}

/** Whether a message from the service worker is a `FreshAnswer`. */
export const isFreshAnswer = (data: unknown): data is FreshAnswer =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'citadel-fresh-answer';

/** Whether a message from the service worker is a `StaleAnswer`. */
export const isStaleAnswer = (data: unknown): data is StaleAnswer =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'citadel-stale-answer'
  && typeof (data as { path?: unknown }).path === 'string' && typeof (data as { servedAt?: unknown }).servedAt === 'number';

/**
 * Forgets the citizen's own kept answers (the catalogue and the public alerts stay): called when the citizen signs
 * out (or the platform says the session ended), so the next person on this phone never reads the last one's
 * account, inbox or wallet offline. Never rejects.
 */
export async function forgetKeptAnswers(): Promise<void> {
  try {
    const cache = await caches.open(API_CACHE);
    for (const request of await cache.keys()) {
      const { pathname } = new URL(request.url);
      if (PERSONAL.some((path) => path.test(pathname))) await cache.delete(request);
    }
  } catch {
    // No Cache Storage here (an old browser, a private window): nothing was kept either.
  }
}
