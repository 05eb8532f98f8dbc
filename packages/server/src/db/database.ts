/** Anything SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement (`$1`, `$2`, …) and resolves with its rows. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The platform's database: PGlite (embedded Postgres) or PostgreSQL behind one interface,
 * so one set of migrations and one set of queries serve both.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it rejects.
   * `isolation` defaults to read committed.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { isolation?: 'read committed' | 'serializable' }): Promise<T>;
  /**
   * Calls `onNotify` with the payload of every `NOTIFY` on `channel`, from any connection or process
   * sharing the database, after the notifying transaction commits. PostgreSQL listens on one dedicated
   * connection (reconnected after a second when it drops); PGlite on its one connection. Resolves
   * once listening, with a function that stops.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes the connection or pool. */
  close(): Promise<void>;
}
