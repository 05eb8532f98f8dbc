import * as z from 'zod/mini';

// Times and the currency mean the same on the HTTP API and in webhooks: one declaration each.
export { Currency, IsoTime } from '../api/common.js';

/** A non-empty id (`ord_…`, `pay_…`, a pairwise `sub`). */
export const Id = z.string().check(z.minLength(1));

/** An amount in whole VND, at least 1. */
export const Amount = z.int().check(z.minimum(1));

/** The metadata a partner gave its order, string to string. */
export const Metadata = z.record(z.string(), z.string());
