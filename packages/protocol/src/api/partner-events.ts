import * as z from 'zod/mini';
import { IsoTime } from './common.js';
import { WebhookEventName } from './webhook-event-types.js';

/**
 * The bounds of `GET /api/partner/v1/events` (docs/platform-api.md): a call waits at most `maxWaitSeconds` for an
 * event when there is none yet, and answers at most `maxPageSize` events (`defaultPageSize` unless it asks for fewer);
 * an app may have `waitingPerApp` calls waiting at once on one server process (one more answers `429 RATE_LIMITED`).
 */
export const EVENT_FEED_LIMITS = { maxWaitSeconds: 30, maxPageSize: 100, defaultPageSize: 100, waitingPerApp: 10 } as const;

/** An event id, as the `webhook-id` of its deliveries: `msg_` and 22 base64url characters. */
export const WebhookEventId = z.string().check(z.regex(/^msg_[A-Za-z0-9_-]{22}$/, 'not an event id'));

/**
 * Where to read from: a `next` this route answered, or the id of one of the app's events (to read the events after it).
 * A cursor is `<position>:<event id or nothing>`; treat it as opaque.
 */
export const EventCursor = z.string().check(z.regex(/^(\d{1,20}:(msg_[A-Za-z0-9_-]{22})?|msg_[A-Za-z0-9_-]{22})$/, 'not a cursor this API gave out, nor an event id'));

const seconds = `at most ${EVENT_FEED_LIMITS.maxWaitSeconds} seconds`;
const events = `at most ${EVENT_FEED_LIMITS.maxPageSize} events`;

/**
 * `GET /api/partner/v1/events?after=&wait=&limit=`: the app's events after `after` (without it: from now), waiting up
 * to `wait` seconds (0 to 30, default 0) for one when there is none, at most `limit` (1 to 100, default 100).
 */
export const WebhookEventsQuery = z.object({
  after: z.optional(EventCursor),
  wait: z.optional(z.coerce.number().check(
    z.int('whole seconds'), z.minimum(0, 'at least 0 seconds'), z.maximum(EVENT_FEED_LIMITS.maxWaitSeconds, seconds))),
  limit: z.optional(z.coerce.number().check(
    z.int('a whole number of events'), z.minimum(1, 'at least 1 event'), z.maximum(EVENT_FEED_LIMITS.maxPageSize, events))),
});

/**
 * One of the app's webhook events as it is (or would be) delivered: `id` is the delivery's `webhook-id`, and the body
 * of every delivery is the JSON `{ type, timestamp, data }` of the other three members, in that order.
 */
export const RecordedWebhookEvent = z.object({
  id: z.string(),
  type: WebhookEventName,
  /** When it happened, the body's `timestamp`. */
  timestamp: IsoTime,
  /** The body's `data`, as `@citadel/protocol/webhooks` declares it for `type`. */
  data: z.record(z.string(), z.unknown()),
});
/** One of the app's webhook events. */
export type RecordedWebhookEvent = z.infer<typeof RecordedWebhookEvent>;

/** The events after the cursor, oldest first, and the cursor to send as `after` for the ones after them. */
export const WebhookEventsAnswer = z.object({ events: z.array(RecordedWebhookEvent), next: z.string() });
