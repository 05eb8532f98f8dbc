import type { Database } from '../db/database.js';
import { announceEvents, claimEventOrder } from '../db/event-order.js';

/** The least time between two notifications of one app to one citizen (issue 13): 30 s. */
export const DEFAULT_NOTIFICATION_SPACING_MS = 30_000;

/**
 * How often a listening server looks for due notifications it was not told about (queued by another process sharing
 * the database, or before a restart). A process releases its own at their due time.
 */
const SWEEP_MS = 5_000;
/** Released in one transaction at most; more are released right after. */
const BATCH = 500;
/** A timer never fires sooner than this: the database clock may trail the process's by a little. */
const MIN_DELAY_MS = 20;
/** How soon to look again when a notification is due by this process's clock but not yet by the database's. */
const SKEW_RETRY_MS = 250;

/** The first whole millisecond at or after `at`: the database keeps microseconds, a `Date` drops them. */
const after = (at: Date) => at.getTime() + 1;

/**
 * Releases paced notifications (`notifications.deliver_at`) when their time comes: each gets its live event number
 * then, under `EVENT_ORDER_LOCK` like any other live event, and its citizen's streams are woken. Until released, a
 * notification has no number, so the inbox, unread count and live stream do not show it. Wake-ups: `due(at)` after a
 * paced send arms a timer for `at`; while `start`ed, a sweep every 5 s also finds those queued elsewhere.
 */
export function createPacedRelease(db: Database) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let sweeping = false;
  let stopped = false;
  let chain = Promise.resolve();
  const listeners = new Set<(released: number) => void>();

  const arm = (at: number) => {
    if (stopped || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      chain = chain.then(run).catch((error: unknown) => {
        console.error('[citadel] notification release', error);
        // Tried again at the next sweep; a server that never listened (a test's) does not sweep.
        if (sweeping) arm(Date.now() + SWEEP_MS);
      });
    }, Math.max(MIN_DELAY_MS, at - Date.now()));
    timer.unref?.();
  };

  /** Releases what is due, then arms the timer for the next waiting one (or the sweep). */
  const run = async () => {
    if (stopped) return;
    let released = 0;
    for (;;) {
      const batch = await releaseDue(db);
      released += batch;
      if (batch < BATCH) break;
    }
    if (released > 0) for (const listener of listeners) listener(released);
    const [next] = await db.query<{ at: Date | null }>('SELECT min(deliver_at) AS at FROM notifications WHERE event_seq IS NULL');
    // Due by this process's clock but not released: the database's clock trails; look again shortly, not at once.
    if (next?.at) arm(released === 0 && next.at.getTime() <= Date.now() ? Date.now() + SKEW_RETRY_MS : after(next.at));
    if (sweeping) arm(Date.now() + SWEEP_MS);
  };

  return {
    /** A paced notification was queued for `at`: release it then. */
    due(at: Date): void {
      arm(after(at));
    },
    /** Sweeps every 5 s as well, for notifications queued elsewhere (the server is listening). */
    start(): void {
      stopped = false;
      sweeping = true;
      arm(Date.now());
    },
    /** Subscribes to releases (`released` notifications at a time); returns the unsubscribe function. */
    onReleased(listener: (released: number) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Stops the timers and waits for a release under way. */
    async stop(): Promise<void> {
      stopped = true;
      sweeping = false;
      clearTimeout(timer);
      timer = undefined;
      timerAt = Number.POSITIVE_INFINITY;
      await chain;
    },
  };
}

/** One transaction: numbers up to `BATCH` due notifications in due order and wakes their citizens' streams. */
async function releaseDue(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const [due] = await tx.query('SELECT 1 FROM notifications WHERE event_seq IS NULL AND deliver_at <= now() LIMIT 1');
    if (!due) return 0;
    // Taken before drawing numbers and held to commit, as every writer of live events does (db/event-order.ts).
    await claimEventOrder(tx);
    const rows = await tx.query<{ citizen_id: string }>(
      `WITH due AS (
         SELECT id FROM notifications WHERE event_seq IS NULL AND deliver_at <= now() ORDER BY deliver_at, id LIMIT ${BATCH}
       )
       UPDATE notifications n SET event_seq = nextval('citadel_event_seq') FROM due WHERE n.id = due.id RETURNING n.citizen_id`);
    for (const citizen of new Set(rows.map((row) => row.citizen_id))) await announceEvents(tx, citizen);
    return rows.length;
  });
}
