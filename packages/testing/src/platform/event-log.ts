import type { RecordedWebhookEvent } from '@citadel/protocol/api';
import { newId } from './ids.js';
import { PlatformRefusal } from './refusal.js';
import type { WebhookEventInput } from './webhook-delivery.js';

const badCursor = (message: string) => new PlatformRefusal(400, 'INVALID_PARAMS', `after: ${message}`, { issues: [{ path: 'after', message }] });

/**
 * Every webhook event the test platform sent or would have sent (with no URL set), in order, for the partner API's
 * `GET /events`: a cursor is `<events seen>:`, as opaque as the platform's. Waits for a new event end at `close`.
 */
export function createEventLog() {
  const events: RecordedWebhookEvent[] = [];
  const waiting = new Set<() => void>();
  let closed = false;
  const wakeAll = () => {
    for (const wake of [...waiting]) wake();
  };
  return {
    /** Records `event` under a new id, now (or at its `timestamp`); resolves with what was recorded. */
    record(event: WebhookEventInput): RecordedWebhookEvent {
      const recorded = { id: newId('msg'), type: event.type, timestamp: event.timestamp ?? new Date().toISOString(), data: { ...event.data } };
      events.push(recorded);
      wakeAll();
      return recorded;
    },
    /** How many events are before `after`: now without it, those up to an event id, or a cursor given out. */
    start(after: string | undefined): number {
      if (after === undefined) return events.length;
      if (after.startsWith('msg_')) {
        const index = events.findIndex((event) => event.id === after);
        if (index < 0) throw badCursor('no event of this app has this id');
        return index + 1;
      }
      const seen = Number(after.split(':')[0]);
      if (seen > events.length || after.split(':')[1] !== '') throw badCursor('not a cursor this API gave out');
      return seen;
    },
    /** Up to `limit` events after the first `seen`, and the cursor after them. */
    page(seen: number, limit: number) {
      const page = events.slice(seen, seen + limit);
      return { events: page, next: `${seen + page.length}:` };
    },
    /** Resolves when an event is recorded, after `ms`, or at `close`. */
    wait(ms: number): Promise<void> {
      if (closed) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        }
        waiting.add(done);
      });
    },
    /** Ends every wait (the platform is closing). */
    close() {
      closed = true;
      wakeAll();
    },
  };
}

/** The test platform's event log. */
export type EventLog = ReturnType<typeof createEventLog>;
