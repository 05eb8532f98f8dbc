import type { Queryable } from '../db/database.js';

/**
 * The kinds of event the operator is shown: refused partner credentials and their locks, and an app
 * a citizen's host shut out for flooding the bridge (`frame-rate-abuse`, reported by the host).
 */
export type SecurityEventKind = 'partner-auth-failed' | 'partner-auth-locked' | 'frame-rate-abuse';

/** One recorded event. */
export interface SecurityEvent {
  readonly kind: SecurityEventKind;
  /** What it concerned: a client id as sent (cut to 64 characters), an app id, or `-`. */
  readonly subject: string;
  readonly address: string;
  readonly at: Date;
}

/** The `security_events` table: written at the edges, read by the operator's command line. */
export function createSecurityEvents(db: Queryable) {
  return {
    async record(kind: SecurityEventKind, subject: string, address: string): Promise<void> {
      await db.query('INSERT INTO security_events (kind, subject, address) VALUES ($1, $2, $3)', [kind, subject.slice(0, 64) || '-', address.slice(0, 64)]);
    },
    /** The latest events, newest first. */
    async latest(limit: number): Promise<SecurityEvent[]> {
      return db.query<SecurityEvent>('SELECT kind, subject, address, at FROM security_events ORDER BY at DESC, id DESC LIMIT $1', [limit]);
    },
  };
}
