import * as z from 'zod/mini';
import { ReceivedAlert } from './alerts.js';
import { InboxNotification } from './notifications.js';

/**
 * The limits of the live event stream (`GET /api/me/events`): `streamsPerCitizen` open streams per citizen and
 * server process (one per tab; one more answers `429 TOO_MANY_STREAMS` with `limit`), a comment line every
 * `heartbeatSeconds` so proxies keep the stream open, `retryMs` as the browser's reconnection delay, and at most
 * `replayBatch` events read from the database at once when a stream resumes.
 */
export const LIVE_LIMITS = { streamsPerCitizen: 5, heartbeatSeconds: 15, retryMs: 2_000, replayBatch: 100 } as const;

/** `GET /api/me/events?after=<id>`: resume after this event id when no `Last-Event-ID` header is sent. */
export const EventsQuery = z.object({ after: z.optional(z.string().check(z.regex(/^\d{1,18}$/))) });

/**
 * The events of the live stream, by SSE `event` name, with their JSON `data`. Every event but `end` has an `id`,
 * a decimal number that only grows: `Last-Event-ID` (or `?after=`) resumes after it, without loss or duplicates.
 * - `ready`: sent first; its `id` is where the stream starts.
 * - `notification`: a partner notification reached the citizen's inbox.
 * - `alert`: an official alert reached the citizen (a new alert, or one in effect where they just declared a ward or shared a position).
 * - `end`: the session ended; the stream closes and the host signs out.
 */
export const LIVE_EVENTS = {
  ready: z.object({}),
  notification: InboxNotification,
  alert: ReceivedAlert,
  end: z.object({ reason: z.enum(['signed-out']) }),
} as const;
/** The name of a live event. */
export type LiveEventName = keyof typeof LIVE_EVENTS;
