import type { Database } from '../db/database.js';
import { EVENT_FEED_CHANNEL } from './event-feed.js';

/**
 * The event feed's long polls waiting in this server process, by app, woken by `NOTIFY` on `EVENT_FEED_CHANNEL`
 * from this process or any other sharing the database, at most `perApp` for one app. Listens from the first wait until
 * `close`.
 */
export function createEventWaiters(db: Database, options: { readonly perApp: number }) {
  const waiting = new Map<string, Set<() => void>>();
  let listening: Promise<() => Promise<void>> | undefined;
  let closed = false;

  const onNotify = (appId: string) => {
    for (const wake of waiting.get(appId) ?? []) wake();
  };

  return {
    /**
     * Starts watching for `appId`'s events, once listening: resolves with `wait(ms)`, which resolves when one is
     * announced (any time after `watch` resolved), after `ms`, or at `close`, and `stop`, to call when done; or with
     * `undefined` when the app already has `perApp` watching here.
     */
    async watch(appId: string) {
      let announced = false;
      let wakeNow: (() => void) | undefined;
      const wake = () => {
        announced = true;
        wakeNow?.();
      };
      const set = waiting.get(appId) ?? new Set();
      if (set.size >= options.perApp) return undefined;
      set.add(wake);
      waiting.set(appId, set);
      const stop = () => {
        set.delete(wake);
        if (set.size === 0 && waiting.get(appId) === set) waiting.delete(appId);
      };
      try {
        listening ??= db.listen(EVENT_FEED_CHANNEL, onNotify);
        await listening;
      } catch (error) {
        listening = undefined;
        stop();
        throw error;
      }
      const wait = (ms: number) => new Promise<void>((resolve) => {
        if (announced || closed) {
          announced = false;
          resolve();
          return;
        }
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wakeNow = undefined;
          announced = false;
          resolve();
        }
        wakeNow = done;
      });
      return { wait, stop };
    },
    /** How many watch for `appId`'s events in this process now. */
    watching: (appId: string) => waiting.get(appId)?.size ?? 0,
    /** How many may watch for one app at once. */
    perApp: options.perApp,
    /** Whether `close` was called: a long poll answers at once. */
    get closed() {
      return closed;
    },
    /** Wakes every wait and stops listening (the server is closing). */
    async close(): Promise<void> {
      closed = true;
      for (const set of waiting.values()) for (const wake of set) wake();
      const stop = listening;
      listening = undefined;
      await (await stop?.catch(() => undefined))?.();
    },
  };
}

/** The long polls of one server process. */
export type EventWaiters = ReturnType<typeof createEventWaiters>;
