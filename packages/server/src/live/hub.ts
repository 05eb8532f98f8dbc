import type { Database } from '../db/database.js';
import { LIVE_CHANNEL } from '../db/event-order.js';

/**
 * The open live streams of one server process, by citizen, woken by `NOTIFY` on `LIVE_CHANNEL`
 * (from this process or any other sharing the database): a citizen id wakes that citizen's
 * streams, `*` (an alert, for whoever is in its area) wakes every stream. Each stream then reads
 * its own events from the database. Listens from the first stream until `close`.
 */
export function createLiveHub(db: Database, options: { streamsPerCitizen: number }) {
  const streams = new Map<string, Set<() => void>>();
  let listening: Promise<() => Promise<void>> | undefined;

  const onNotify = (payload: string) => {
    const woken = payload === '*' ? [...streams.values()] : [streams.get(payload) ?? new Set<() => void>()];
    for (const set of woken) for (const wake of set) wake();
  };

  return {
    /**
     * Registers a stream of `citizenId`, woken by `wake`, once listening; resolves with the function
     * that unregisters it, or `undefined` when the citizen already has `streamsPerCitizen` open here.
     */
    async open(citizenId: string, wake: () => void): Promise<(() => void) | undefined> {
      const set = streams.get(citizenId) ?? new Set();
      if (set.size >= options.streamsPerCitizen) return undefined;
      set.add(wake);
      streams.set(citizenId, set);
      try {
        listening ??= db.listen(LIVE_CHANNEL, onNotify);
        await listening;
      } catch (error) {
        listening = undefined;
        set.delete(wake);
        throw error;
      }
      return () => {
        set.delete(wake);
        if (set.size === 0 && streams.get(citizenId) === set) streams.delete(citizenId);
      };
    },
    /** How many streams are open in this process. */
    get size() {
      let n = 0;
      for (const set of streams.values()) n += set.size;
      return n;
    },
    /** Stops listening (the server is closing). */
    async close(): Promise<void> {
      const stop = listening;
      listening = undefined;
      await (await stop?.catch(() => undefined))?.();
    },
  };
}
