/** Options of `createUnreadPoller`. */
export interface UnreadPollerOptions {
  /** Reads the count (`GET /api/inbox/unread`). */
  readonly read: () => Promise<number>;
  /** Hears each count read; a failed read is not reported. */
  readonly onCount: (count: number) => void;
  /** Hears a failed read (offline, signed out elsewhere). Default none. */
  readonly onError?: (error: unknown) => void;
  /** How often to read while the page is visible, ms. Default 60 000. */
  readonly intervalMs?: number;
  /** The document whose visibility decides. Default `document`. */
  readonly document?: Document;
}

/** A poller of the unread count: started and stopped with the citizen's session. */
export interface UnreadPoller {
  /** Reads now, then every `intervalMs` while the page is visible, and again each time it becomes visible. */
  start(): void;
  /** Stops reading. */
  stop(): void;
  /** Reads now (after the citizen read something, say). Resolves once heard; never rejects. */
  refresh(): Promise<void>;
}

/**
 * Polls the unread count cheaply: one small request when the page becomes visible and once a
 * minute while it stays visible, nothing while hidden (a phone in a pocket sends nothing).
 */
export function createUnreadPoller(options: UnreadPollerOptions): UnreadPoller {
  const doc = options.document ?? document;
  const every = options.intervalMs ?? 60_000;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;
  let inFlight: Promise<void> | undefined;

  const refresh = () => {
    inFlight ??= options.read().then(
      (count) => { if (running) options.onCount(count); },
      (error: unknown) => { if (running) options.onError?.(error); },
    ).finally(() => { inFlight = undefined; });
    return inFlight;
  };
  const schedule = () => {
    clearInterval(timer);
    timer = undefined;
    if (!running || doc.visibilityState !== 'visible') return;
    void refresh();
    timer = setInterval(() => void refresh(), every);
  };

  return {
    start() {
      if (running) return;
      running = true;
      doc.addEventListener('visibilitychange', schedule);
      schedule();
    },
    stop() {
      running = false;
      doc.removeEventListener('visibilitychange', schedule);
      clearInterval(timer);
      timer = undefined;
    },
    refresh: () => (running ? refresh() : Promise.resolve()),
  };
}
