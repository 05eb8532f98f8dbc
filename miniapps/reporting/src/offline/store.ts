import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { KeywordModel, NewReport } from '../api.js';

/** A report the citizen wrote that the backend has not taken yet. */
export interface QueuedReport {
  /** The idempotency key it is sent with, every time: the backend files it once whatever the retries. */
  readonly key: string;
  readonly report: NewReport;
  /** When the citizen wrote it, ISO 8601. */
  readonly writtenAt: string;
  /** The backend refused it for good (its code): kept, shown and never sent again until the citizen removes it. */
  readonly refused?: string;
}

interface ReportingDb extends DBSchema {
  /** Reports waiting to send, by key. */
  outbox: { key: string; value: QueuedReport; indexes: { writtenAt: string } };
  /** The last keyword model the backend sent, under `model`, so the form opens offline. */
  kept: { key: string; value: KeywordModel };
}

/** The app's IndexedDB on its own origin (the host's frame, partitioned under the host's site by the browser). */
export type ReportingStore = IDBPDatabase<ReportingDb>;

/** Opens (creating on first use) the app's database. */
export function openReportingStore(): Promise<ReportingStore> {
  return openDB<ReportingDb>('reporting', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('writtenAt', 'writtenAt');
      db.createObjectStore('kept');
    },
  });
}
