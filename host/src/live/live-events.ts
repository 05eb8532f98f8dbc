import type * as z from 'zod/mini';
import { LIVE_EVENTS, liveRoutes, routePath } from '@citadel/protocol/api';

/** An alert that reached the citizen, as the stream sends it. */
export type LiveAlert = z.infer<typeof LIVE_EVENTS.alert>;
/** A notification that reached the citizen's inbox, as the stream sends it. */
export type LiveNotification = z.infer<typeof LIVE_EVENTS.notification>;

/** Options of `createLiveEvents`. */
export interface LiveEventsOptions {
  /** The stream connected (or reconnected): what it missed while down is being replayed; read counts once. */
  readonly onOpen: () => void;
  /** An alert reached the citizen. */
  readonly onAlert: (alert: LiveAlert) => void;
  /** A notification reached the citizen's inbox. */
  readonly onNotification: (notification: LiveNotification) => void;
  /** The stream failed: fall back to polling until `onOpen`. */
  readonly onDown: () => void;
  /** Whether the trouble has lasted `lostAfter` failed attempts in a row (`true`), or is over (`false`): show a status. */
  readonly onLost: (lost: boolean) => void;
  /** The platform ended the stream because the session ended. */
  readonly onEnd: () => void;
  /** Failed attempts in a row before `onLost(true)`. Default 3 (about 7 s with the default backoff). */
  readonly lostAfter?: number;
  /** The first retry delay, doubled per failure up to `maxRetryMs`, ms. Default 1 000. */
  readonly retryMs?: number;
  /** The longest retry delay, ms. Default 30 000. */
  readonly maxRetryMs?: number;
  /** The `EventSource` constructor. Default the browser's. */
  readonly EventSource?: typeof EventSource;
}

/** The signed-in tab's live connection to the platform: started and stopped with the session. */
export interface LiveEvents {
  /** Connects, resuming after the last event seen. */
  start(): void;
  /** Disconnects and stops retrying. */
  stop(): void;
}

/**
 * The live event stream (`GET /api/me/events`, Server-Sent Events) of this tab: inbox
 * notifications and alerts as they reach the citizen. Each event's data is checked against the
 * contract (`LIVE_EVENTS`) and dropped when it does not match. On any failure the connection is
 * closed and opened again after a backoff (1 s, 2 s, 4 s … 30 s, with jitter) with `?after=` the last
 * event id, so nothing is lost or repeated; meanwhile `onDown` lets the shell poll, and a failure
 * that persists is reported once through `onLost`.
 */
export function createLiveEvents(options: LiveEventsOptions): LiveEvents {
  const Source = options.EventSource ?? globalThis.EventSource;
  const lostAfter = options.lostAfter ?? 3;
  const base = options.retryMs ?? 1_000;
  const max = options.maxRetryMs ?? 30_000;
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastId: string | undefined;
  let failures = 0;
  let lost = false;
  let running = false;

  const listen = <N extends 'alert' | 'notification'>(es: EventSource, name: N, deliver: (data: z.infer<(typeof LIVE_EVENTS)[N]>) => void) =>
    es.addEventListener(name, (event) => {
      const message = event as MessageEvent<string>;
      if (message.lastEventId) lastId = message.lastEventId;
      let json: unknown;
      try {
        json = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = LIVE_EVENTS[name].safeParse(json);
      if (parsed.success) deliver(parsed.data as z.infer<(typeof LIVE_EVENTS)[N]>);
    });

  const connect = () => {
    timer = undefined;
    if (!running) return;
    const url = routePath(liveRoutes.events) + (lastId ? `?after=${encodeURIComponent(lastId)}` : '');
    const es = new Source(url);
    source = es;
    es.addEventListener('ready', (event) => {
      const id = (event as MessageEvent<string>).lastEventId;
      if (id) lastId = id;
      failures = 0;
      if (lost) {
        lost = false;
        options.onLost(false);
      }
      options.onOpen();
    });
    listen(es, 'alert', options.onAlert);
    listen(es, 'notification', options.onNotification);
    es.addEventListener('end', () => {
      stop();
      options.onEnd();
    });
    es.onerror = () => {
      if (source !== es) return;
      // Our own backoff, not the browser's fixed retry: the next attempt resumes with ?after=.
      es.close();
      source = undefined;
      failures += 1;
      if (failures === 1) options.onDown();
      if (failures >= lostAfter && !lost) {
        lost = true;
        options.onLost(true);
      }
      const delay = Math.min(max, base * 2 ** (failures - 1));
      timer = setTimeout(connect, delay / 2 + Math.random() * (delay / 2));
    };
  };

  const stop = () => {
    running = false;
    clearTimeout(timer);
    timer = undefined;
    source?.close();
    source = undefined;
    failures = 0;
    if (lost) {
      lost = false;
      options.onLost(false);
    }
  };

  return {
    start() {
      if (running) return;
      if (typeof Source !== 'function') {
        options.onDown();
        return;
      }
      running = true;
      lastId = undefined;
      connect();
    },
    stop,
  };
}
