import { EVENT_FEED_LIMITS, partnerRoutes, type RecordedWebhookEvent, type RouteAnswer } from '@citadel/protocol/api';
import { isCliError, type CliError } from './cli-error.js';
import { callPlatformApi } from './developer-call.js';
import { forwardSigned, forwardTargetOf, signedHeaders, type Forwarded } from './forward.js';
import type { PartnerEnv } from './partner-env.js';

/** What `listenForEvents` forwards, and where. */
export interface ListenOptions {
  /** The app's credentials and the platform's origin (`readPartnerEnv`). */
  readonly env: PartnerEnv;
  /** Your backend's webhook URL (`http:` or `https:`). */
  readonly forwardTo: string;
  /** The webhook secret (`whsec_…`) the forwarded copies are signed with: the one your backend verifies with. */
  readonly secret: string;
  /** Replay from the event after this one of the app's (`msg_…`). Default: only events after the start. */
  readonly since?: string;
  /** Stops listening: the call in flight ends, and the promise resolves. */
  readonly signal: AbortSignal;
  /** Listening has started, for the app `appId`. */
  readonly onReady?: (appId: string) => void;
  /** One event was forwarded: your backend's answer, or why there was none. */
  readonly onEvent?: (event: RecordedWebhookEvent, outcome: Forwarded | CliError) => void;
  /** The platform did not answer or refused for a while: the next try is in `retryInMs`. */
  readonly onPlatformError?: (error: CliError, retryInMs: number) => void;
}

/** The first wait after a platform error, and the longest: it doubles in between. */
const BACKOFF_MS = { first: 1000, max: 30_000 } as const;

/** Refusals that trying again cannot mend: wrong credentials, a bad `--since`, an app that is gone. */
const isFinal = (error: CliError) => error.status !== undefined && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(done, ms);
  function done() {
    clearTimeout(timer);
    signal.removeEventListener('abort', done);
    resolve();
  }
  signal.addEventListener('abort', done, { once: true });
});

/**
 * Forwards the app's webhook events to your backend as they happen, until `signal` aborts: it long-polls the partner
 * API's `GET /events` (`eventFeed`) and posts each event, in order, with the body the platform delivers
 * (`{ type, timestamp, data }`) and its `webhook-id`, signed by `@citadel/node`'s `signWebhook` with `secret`. A
 * backend that fails or does not answer is reported (`onEvent`) and the next event goes on; a platform that fails
 * is asked again after a backoff (1 s, doubling up to 30 s), from the same cursor, so no event is lost. Resolves
 * when `signal` aborts; rejects with `CliError` `INVALID_URL`, `INVALID_SECRET`, or the platform's refusal that
 * trying again cannot mend (`UNAUTHENTICATED`, `INVALID_PARAMS` for a bad `since`…).
 */
export async function listenForEvents(options: ListenOptions): Promise<void> {
  const url = forwardTargetOf(options.forwardTo);
  signedHeaders(options.secret, '');
  const { env, signal } = options;
  const events = (query: Record<string, string>): Promise<RouteAnswer<typeof partnerRoutes.eventFeed, 200>> =>
    callPlatformApi(env.url, env, { route: partnerRoutes.eventFeed, params: {}, query, signal });
  const appOf = (): Promise<RouteAnswer<typeof partnerRoutes.app, 200>> => callPlatformApi(env.url, env, { route: partnerRoutes.app, params: {}, signal });
  let backoff = 0;
  /** The answer of `work`, or `undefined` after a platform error worth trying again (reported, waited out). */
  const attempt = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const answer = await work();
      backoff = 0;
      return answer;
    } catch (error) {
      if (signal.aborted) return undefined;
      if (!isCliError(error) || isFinal(error)) throw error;
      backoff = Math.min(backoff === 0 ? BACKOFF_MS.first : backoff * 2, BACKOFF_MS.max);
      options.onPlatformError?.(error, backoff);
      await sleep(backoff, signal);
      return undefined;
    }
  };

  let app;
  while (!app && !signal.aborted) app = await attempt(appOf);
  // Without `since`, the first call (no `after`, no wait) answers where "now" is.
  let cursor = options.since;
  while (cursor === undefined && !signal.aborted) cursor = (await attempt(() => events({ wait: '0' })))?.next;
  if (!app || cursor === undefined) return;
  options.onReady?.(app.id);
  while (!signal.aborted) {
    const after: string = cursor;
    const page = await attempt(() => events({ after, wait: String(EVENT_FEED_LIMITS.maxWaitSeconds) }));
    if (!page) continue;
    for (const event of page.events) {
      if (signal.aborted) return;
      const body = JSON.stringify({ type: event.type, timestamp: event.timestamp, data: event.data });
      const outcome = await forwardSigned({ url, secret: options.secret, body, id: event.id, signal }).catch((error: unknown) => {
        if (isCliError(error)) return error;
        throw error;
      });
      if (signal.aborted) return;
      options.onEvent?.(event, outcome);
    }
    cursor = page.next;
  }
}
