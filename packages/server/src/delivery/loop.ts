/** `value` when it is a positive finite number; a `TypeError` naming the option otherwise. */
export function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number`);
  return value;
}

/** A delivery loop over a leased queue: the webhook outbox, the push queue. */
export interface DeliveryLoop {
  /** Keeps deliveries going, checking for due rows every `intervalMs` (default 1000) and whenever a delivery ends. */
  start(intervalMs?: number): void;
  /** Stops the timer and resolves once every delivery in flight has been recorded. */
  stop(): Promise<void>;
  /** Looks for due rows now rather than at the next tick; no-op when stopped. */
  kick(): void;
  /** Claims due rows up to the free capacity, delivers those whose destination has room and records each; resolves with how many it delivered (attempted). */
  deliverDue(): Promise<number>;
}

/** What a queue gives the loop. */
export interface DeliveryQueue<Row> {
  /** What is delivered, for log lines: `webhook`, `push`. */
  readonly label: string;
  /** Deliveries in flight at once, in all. */
  readonly capacity: number;
  /** Deliveries in flight at once to one destination (`destinationOf`), so a slow one cannot take every slot. */
  readonly perDestination: number;
  /** How long a claim reserves a row; renewed every third of it while its delivery runs. */
  readonly leaseSeconds: number;
  readonly destinationOf: (row: Row) => string;
  /** Claims up to `limit` due rows, each reserved for `leaseSeconds`. */
  readonly claim: (limit: number) => Promise<Row[]>;
  /** Moves the reservation of rows still being delivered `leaseSeconds` ahead again. */
  readonly renew: (rows: readonly Row[]) => Promise<void>;
  /** Gives back rows claimed but not started (their destination was full), due again at once, no attempt counted. */
  readonly release: (rows: readonly Row[]) => Promise<void>;
  readonly attempt: (row: Row) => Promise<void>;
  readonly failed: (row: Row, error: string) => Promise<void>;
}

/**
 * The loop both dispatchers share. Deliveries do not wait for each other: a row is claimed when
 * a slot is free and recorded when its own attempt ends, so one hanging destination holds at most
 * `perDestination` slots for at most its fetch timeout while every other keeps its usual latency.
 * A claim is a short lease, renewed while the attempt runs, so a row whose deliverer died is due
 * again within `leaseSeconds`. A surprise in an attempt counts as a failed attempt
 * (`INTERNAL_ERROR`), so the row still ends `failed` rather than being retried forever.
 */
export function createDeliveryLoop<Row extends { readonly id: string | number }>(queue: DeliveryQueue<Row>): DeliveryLoop {
  const { label, capacity, perDestination } = queue;
  const active = new Map<Row['id'], Row>();
  const perDest = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let renewer: NodeJS.Timeout | undefined;

  const renew = () => {
    if (active.size === 0) return;
    queue.renew([...active.values()]).catch((error: unknown) => console.error(`[citadel] ${label} lease renewal failed`, error));
  };

  const deliver = (row: Row): Promise<void> => {
    const destination = queue.destinationOf(row);
    active.set(row.id, row);
    perDest.set(destination, (perDest.get(destination) ?? 0) + 1);
    const work = queue.attempt(row)
      .catch((error: unknown) => {
        console.error(`[citadel] ${label} delivery error`, row.id, error);
        return queue.failed(row, 'INTERNAL_ERROR');
      })
      .finally(() => {
        active.delete(row.id);
        const left = (perDest.get(destination) ?? 1) - 1;
        if (left > 0) perDest.set(destination, left);
        else perDest.delete(destination);
        inFlight.delete(work);
        // A slot is free: look for the next due row at once.
        if (timer) tick();
      });
    inFlight.add(work);
    return work;
  };

  /** Claims up to the free capacity and starts each row whose destination has room; the rest go back. */
  const claimAndStart = async (): Promise<{ claimed: number; room: number; started: Promise<void>[] }> => {
    const room = capacity - active.size;
    if (room <= 0) return { claimed: 0, room, started: [] };
    const rows = await queue.claim(room);
    const started: Promise<void>[] = [];
    const full: Row[] = [];
    // `deliver` counts its destination at once, so each row sees the ones started before it.
    for (const row of rows) {
      if ((perDest.get(queue.destinationOf(row)) ?? 0) >= perDestination) full.push(row);
      else started.push(deliver(row));
    }
    if (full.length > 0) await queue.release(full);
    return { claimed: rows.length, room, started };
  };

  let pumping: Promise<void> | undefined;
  let again = false;
  const tick = () => {
    if (pumping) {
      again = true;
      return;
    }
    pumping = (async () => {
      do {
        again = false;
        try {
          const { claimed, room, started } = await claimAndStart();
          for (const work of started) work.catch((error: unknown) => console.error(`[citadel] ${label} outcome not recorded; retried when its lease ends`, error));
          // A full claim that all started may mean more are due.
          if (room > 0 && claimed >= room && started.length === claimed) again = true;
        } catch (error) {
          console.error(`[citadel] ${label} delivery round failed`, error);
        }
      } while (again && timer);
    })().finally(() => {
      pumping = undefined;
    });
  };

  return {
    start(intervalMs = 1000) {
      if (timer) return;
      timer = setInterval(tick, positive('intervalMs', intervalMs));
      renewer = setInterval(renew, Math.max(100, (queue.leaseSeconds * 1000) / 3));
      // The server keeps the process alive; the dispatcher alone should not.
      timer.unref();
      renewer.unref();
      tick();
    },
    async stop() {
      clearInterval(timer);
      clearInterval(renewer);
      timer = undefined;
      await pumping;
      await Promise.allSettled([...inFlight]);
    },
    kick() {
      if (timer) tick();
    },
    async deliverDue() {
      const { started } = await claimAndStart();
      const results = await Promise.allSettled(started);
      const rejected = results.find((result) => result.status === 'rejected');
      // A row whose outcome could not be recorded stays leased, and is retried when the lease ends.
      if (rejected) throw rejected.reason;
      return started.length;
    },
  };
}
