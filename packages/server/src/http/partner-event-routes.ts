import { Hono } from 'hono';
import { EVENT_FEED_LIMITS, partnerRoutes as routes } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createEventFeed, cursorOf, type FeedPosition } from '../webhooks/event-feed.js';
import type { EventWaiters } from '../webhooks/event-waiters.js';
import type { PlatformEnv } from './env.js';
import { partnerAppOf } from './partner-app-of.js';
import { answer, queryOf } from './validate.js';

/**
 * How often a long poll reads again without an announcement: an event committed while an older transaction still runs
 * is read only once that one ends, which announces nothing.
 */
const RECHECK_MS = 1000;

const badCursor = (message: string) => new ApiError(400, 'INVALID_PARAMS', `after: ${message}`, { issues: [{ path: 'after', message }] });

/**
 * `GET /api/partner/v1/events` behind `requirePartner`: the app's webhook events after a cursor, long-polled
 * (`citadel webhooks listen`). Every read is scoped to the authenticated app.
 */
export function partnerEventRoutes(deps: { readonly db: Database; readonly waiters: EventWaiters }) {
  const api = new Hono<PlatformEnv>();
  const feed = createEventFeed(deps.db);

  /** Where `after` starts: now, right after one of the app's events, or a cursor given out (never one past now). */
  const startOf = async (appId: string, after: string | undefined): Promise<FeedPosition> => {
    if (after === undefined) return feed.now();
    if (after.startsWith('msg_')) return (await feed.after(appId, after)) ?? Promise.reject(badCursor('no event of this app has this id'));
    const [tx, id] = after.split(':') as [string, string];
    const position = { tx, id };
    if (!(await feed.reachable(position))) throw badCursor('not a cursor this API gave out');
    return position;
  };

  api.get(routes.eventFeed.path, queryOf(routes.eventFeed), async (c) => {
    const appId = partnerAppOf(c);
    const { after, wait = 0, limit = EVENT_FEED_LIMITS.defaultPageSize } = c.req.valid('query');
    const deadline = Date.now() + wait * 1000;
    let from = await startOf(appId, after);
    // Watching starts before the first read, so an event announced between a read and the wait still wakes it.
    const watch = wait > 0 ? await deps.waiters.watch(appId) : undefined;
    if (wait > 0 && !watch) {
      const limit = deps.waiters.perApp;
      throw new ApiError(429, 'RATE_LIMITED', `An app may have at most ${limit} calls waiting for events at once`, { limitName: 'event-waits-per-app', limit, retryAfterSeconds: 1 });
    }
    try {
      for (;;) {
        const page = await feed.page(appId, from, limit);
        const left = deadline - Date.now();
        if (page.events.length > 0 || !watch || left <= 0 || c.req.raw.signal.aborted || deps.waiters.closed) {
          c.header('Cache-Control', 'no-store');
          return answer(c, routes.eventFeed, 200, { events: page.events, next: cursorOf(page.next) });
        }
        from = page.next;
        await watch.wait(Math.min(left, RECHECK_MS));
      }
    } finally {
      watch?.stop();
    }
  });

  return api;
}
