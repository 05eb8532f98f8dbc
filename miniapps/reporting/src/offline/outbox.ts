import { BackendError, type NewReport, type Report } from '../api.js';
import type { QueuedReport, ReportingStore } from './store.js';

/** Codes with which the backend refuses a report for good: sending it again would be refused again. */
const REFUSALS = new Set([
  'INVALID_PARAMS', 'MALFORMED', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'TOO_MANY_PHOTOS', 'PHOTO_TOO_LARGE', 'PHOTO_NOT_IMAGE',
  'OUT_OF_AREA', 'IDEMPOTENCY_KEY_REUSED',
]);

/** What one `send` did: the reports the backend filed and those it refused for good (by queued key), and how many still wait. */
export interface Sent {
  readonly filed: ReadonlyArray<{ readonly key: string; readonly report: Report }>;
  readonly refused: ReadonlyArray<{ readonly key: string; readonly error: BackendError }>;
  readonly waiting: number;
  /** What stopped the sending (offline, a sign-in the citizen declined…), when something did. */
  readonly stoppedBy?: unknown;
}

/** Files a report with its idempotency key; resolves with the backend's report (the same one for a repeated key). */
export type FileReport = (report: NewReport, key: string) => Promise<Report>;

/**
 * The reports written but not sent yet (docs/manifest.md, "Offline"). A report goes into IndexedDB before the first
 * try, and leaves only once the backend answered with its tracking code: closing the app, a reload or a lost
 * connection never loses one. Each keeps one idempotency key for every try, so a report the backend filed but whose
 * answer was lost is not filed again. One tab sends at a time (a Web Lock).
 */
export function createOutbox(store: ReportingStore, file: FileReport) {
  const listeners = new Set<() => void>();
  const changed = () => { for (const listener of listeners) listener(); };

  async function sendAll(): Promise<Sent> {
    const filed: Array<{ key: string; report: Report }> = [];
    const refused: Array<{ key: string; error: BackendError }> = [];
    let stoppedBy: unknown;
    for (const queued of await store.getAllFromIndex('outbox', 'writtenAt')) {
      if (queued.refused) continue;
      try {
        filed.push({ key: queued.key, report: await file(queued.report, queued.key) });
        await store.delete('outbox', queued.key);
      } catch (error) {
        if (!(error instanceof BackendError && REFUSALS.has(error.code))) {
          stoppedBy = error; // offline, signed out, busy: later
          break;
        }
        await store.put('outbox', { ...queued, refused: error.code });
        refused.push({ key: queued.key, error });
      }
      changed();
    }
    const waiting = (await store.getAll('outbox')).filter((q) => !q.refused).length;
    return { filed, refused, waiting, ...(stoppedBy === undefined ? {} : { stoppedBy }) };
  }

  return {
    /** Queues `report` under a new key; resolves once it is stored. */
    async add(report: NewReport): Promise<QueuedReport> {
      const queued: QueuedReport = { key: crypto.randomUUID(), report, writtenAt: new Date().toISOString() };
      await store.add('outbox', queued);
      changed();
      return queued;
    },
    /** Every queued report, oldest first. */
    list: (): Promise<QueuedReport[]> => store.getAllFromIndex('outbox', 'writtenAt'),
    /** Removes one (a refused report the citizen gives up on). */
    async remove(key: string): Promise<void> {
      await store.delete('outbox', key);
      changed();
    },
    /** Tries every waiting report, oldest first, stopping at the first that cannot be sent now. Never rejects on a send's failure. */
    async send(): Promise<Sent> {
      return 'locks' in navigator ? await navigator.locks.request('reporting-outbox', sendAll) : sendAll();
    },
    /** Calls `listener` after every change; returns the unsubscribe function. */
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
