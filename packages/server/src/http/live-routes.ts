import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { LIVE_LIMITS, liveRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { eventsAfter, lastEventId } from '../live/events.js';
import type { createLiveHub } from '../live/hub.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen, sessionToken, surfaceOf } from './guards.js';
import { queryOf } from './validate.js';

/**
 * `GET /api/me/events`: the signed-in citizen's live stream (Server-Sent Events). It starts with
 * `ready` (whose `id` is where it stands), replays what came after `Last-Event-ID` (or `?after=`),
 * then sends each notification and alert as it reaches the citizen, woken by the hub. Every
 * `heartbeatMs` it writes a comment line, re-reads (in case a `NOTIFY` was lost) and checks the
 * session still stands; a session ended elsewhere gets `end` and the stream closes.
 */
export function liveRoutes(deps: {
  db: Database; sessions: ReturnType<typeof createSessions>; hub: ReturnType<typeof createLiveHub>; heartbeatMs: number;
}) {
  const api = new Hono<PlatformEnv>();
  api.get(routes.events.path, requireCitizen(deps.sessions), queryOf(routes.events), async (c) => {
    const citizenId = c.get('citizen').id;
    const token = sessionToken(c) ?? '';
    const header = c.req.header('last-event-id');
    if (header !== undefined && !/^\d{1,18}$/.test(header)) {
      throw new ApiError(400, 'INVALID_PARAMS', 'Last-Event-ID: not an event id of this stream', { issues: [{ path: 'Last-Event-ID', message: 'an event id' }] });
    }
    let cursor = header ?? c.req.valid('query').after ?? await lastEventId(deps.db, citizenId);
    // Wakes are queued one deep: a wake while reading reads once more afterwards, never in parallel.
    let queued = false;
    let chain = Promise.resolve();
    let write: ((name: string, id: string, data: unknown) => Promise<void>) | undefined;
    const drain = async () => {
      for (;;) {
        const batch = await eventsAfter(deps.db, citizenId, cursor, LIVE_LIMITS.replayBatch);
        for (const event of batch) {
          if (!write) return;
          await write(event.name, event.id, event.data);
          cursor = event.id;
        }
        if (batch.length < LIVE_LIMITS.replayBatch) return;
      }
    };
    const wake = () => {
      if (queued || !write) return;
      queued = true;
      chain = chain.then(() => { queued = false; return drain(); }).catch(() => undefined);
    };
    const unregister = await deps.hub.open(citizenId, wake);
    if (!unregister) {
      // A place frees when a tab closes; a stream whose tab went away is found at its next heartbeat.
      throw new ApiError(429, 'TOO_MANY_STREAMS', `A citizen may keep ${LIVE_LIMITS.streamsPerCitizen} live streams open; close a tab`, {
        limit: LIVE_LIMITS.streamsPerCitizen, retryAfterSeconds: LIVE_LIMITS.heartbeatSeconds,
      });
    }
    // Proxies must neither cache nor buffer it (nginx reads X-Accel-Buffering).
    c.header('X-Accel-Buffering', 'no');
    const response = streamSSE(c, async (stream) => {
      let ended = false;
      let stopWaiting: () => void = () => undefined;
      stream.onAbort(() => {
        ended = true;
        stopWaiting();
      });
      write = (name, id, data) => stream.writeSSE({ event: name, id, data: JSON.stringify(data) });
      try {
        await stream.writeSSE({ event: 'ready', id: cursor, retry: LIVE_LIMITS.retryMs, data: '{}' });
        wake();
        while (!ended && !stream.aborted) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, deps.heartbeatMs);
            stopWaiting = () => { clearTimeout(timer); resolve(); };
          });
          if (ended || stream.aborted) break;
          await stream.write(': heartbeat\n\n');
          if (!(await deps.sessions.resolve(token, surfaceOf(c)))) {
            await chain;
            await stream.writeSSE({ event: 'end', data: JSON.stringify({ reason: 'signed-out' }) });
            break;
          }
          wake();
        }
      } finally {
        ended = true;
        write = undefined;
        unregister();
      }
    }, async () => { unregister(); });
    // streamSSE writes `no-cache`; events are per citizen, never stored.
    response.headers.set('Cache-Control', 'no-store');
    return response;
  });
  return api;
}
