/** The Background Sync tag the app registers when a report waits. */
export const OUTBOX_SYNC = 'reporting-outbox';

/** What the worker asks an open page of the app to do on a sync: send the waiting reports, then answer on the port. */
export const SEND_OUTBOX = 'reporting-send-outbox';

/** A page's answer to `SEND_OUTBOX`: whether nothing is left waiting. */
export interface SendOutboxAnswer {
  readonly done: boolean;
}
