import type { Queryable } from './database.js';

/**
 * The advisory-lock key every writer of a live event (an inbox notification, an alert's fan-out, a
 * late alert delivery) holds from drawing its number of `citadel_event_seq` until it commits. With
 * it, numbers become visible in order: a stream that has seen event n has every event below n
 * committed, so resuming after n (`Last-Event-ID`) loses nothing. Without it, a transaction that drew
 * 5 could commit after one that drew 6 was streamed. The lock is held for the commit only (writers
 * take it last), so it serialises commits of events, not their work.
 */
export const EVENT_ORDER_LOCK = 7_140_324;

/** The PostgreSQL `NOTIFY` channel live events are announced on: a citizen id, or `*` for an alert (anyone may be in its area). */
export const LIVE_CHANNEL = 'citadel_live';

/** Takes `EVENT_ORDER_LOCK` for the rest of the transaction `tx`: call it right before drawing an event number. */
export async function claimEventOrder(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [EVENT_ORDER_LOCK]);
}

/**
 * Announces new events to every server process's streams when `tx` commits (`NOTIFY` is
 * transactional): `to` is the citizen they are for, or `*` when they may be for anyone.
 */
export async function announceEvents(tx: Queryable, to: string): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, to]);
}
