/** `value` when it is a positive finite number; a `TypeError` naming the option otherwise. */
export function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number`);
  return value;
}

/** A delivery loop over a leased queue: the webhook outbox, the push queue. */
export interface DeliveryLoop {
  /** Delivers due rows every `intervalMs` (default 1000), at once and again while rounds come back full. */
  start(intervalMs?: number): void;
  /** Stops the timer and resolves once every delivery in flight has been recorded. */
  stop(): Promise<void>;
  /** Runs a round now rather than at the next tick; no-op when stopped. */
  kick(): void;
  /** Runs one round: claims up to `batchSize` due rows, delivers them, records each; resolves with how many it claimed. */
  deliverDue(): Promise<number>;
}

/**
 * The loop both dispatchers share: each round claims a batch of leased rows and attempts them
 * concurrently; a surprise in an attempt counts as a failed attempt (`INTERNAL_ERROR`), so the row
 * still ends `failed` rather than being retried forever each time its lease runs out. One round
 * runs at a time; a tick during a round, or a full batch, asks for another at once.
 */
export function createDeliveryLoop<Row extends { readonly id: string | number }>(options: {
  /** What is delivered, for log lines: `webhook`, `push`. */
  readonly label: string;
  readonly batchSize: number;
  readonly claim: () => Promise<Row[]>;
  readonly attempt: (row: Row) => Promise<void>;
  readonly failed: (row: Row, error: string) => Promise<void>;
}): DeliveryLoop {
  const { label, batchSize } = options;
  const deliver = (row: Row): Promise<void> =>
    options.attempt(row).catch((error: unknown) => {
      console.error(`[citadel] ${label} delivery error`, row.id, error);
      return options.failed(row, 'INTERNAL_ERROR');
    });

  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    work.then(() => inFlight.delete(work), () => inFlight.delete(work));
    return work;
  };

  const deliverDue = () => track((async () => {
    const rows = await options.claim();
    const results = await Promise.allSettled(rows.map(deliver));
    const rejected = results.find((result) => result.status === 'rejected');
    // A row whose outcome could not be recorded stays leased, and is retried when the lease ends.
    if (rejected) throw rejected.reason;
    return rows.length;
  })());

  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  let again = false;

  const tick = () => {
    if (round) {
      again = true;
      return;
    }
    round = (async () => {
      do {
        again = false;
        try {
          if ((await deliverDue()) >= batchSize) again = true;
        } catch (error) {
          console.error(`[citadel] ${label} delivery round failed`, error);
        }
      } while (again && timer);
    })().finally(() => {
      round = undefined;
    });
  };

  return {
    start(intervalMs = 1000) {
      if (timer) return;
      timer = setInterval(tick, positive('intervalMs', intervalMs));
      // The server keeps the process alive; the dispatcher alone should not.
      timer.unref();
      tick();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await round;
      await Promise.allSettled([...inFlight]);
    },
    kick() {
      if (timer) tick();
    },
    deliverDue,
  };
}
