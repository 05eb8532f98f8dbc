import * as z from 'zod/mini';

/** A non-empty id (`ord_…`, `pay_…`, a pairwise `sub`). */
export const Id = z.string().check(z.minLength(1));

/** A time in ISO 8601 UTC, as `Date.prototype.toISOString` writes it. */
export const IsoTime = z.iso.datetime();

/** An amount in whole VND, at least 1. */
export const Amount = z.int().check(z.minimum(1));

/** The one currency the platform moves. */
export const Currency = z.literal('VND');

/** The metadata a partner gave its order, string to string. */
export const Metadata = z.record(z.string(), z.string());
