import * as z from 'zod/mini';

/** A time as the server writes it: ISO 8601 in UTC (`Date#toISOString`), such as `2025-01-31T08:00:00.000Z`. */
export const IsoTime = z.iso.datetime();

/** The only currency the platform holds. */
export const Currency = z.literal('VND');

/** A page cursor the server gave out; send it back as `before` for the next page. `null`: no more pages. */
export const NextCursor = z.nullable(z.string());

/** A numeric cursor (`before`) of the wallet history and the audit log: a row id the server gave out. */
export const NumericCursor = z.string().check(z.regex(/^\d{1,18}$/, 'not a cursor this API gave out'));

/** An `Idempotency-Key` header: 1 to 255 visible ASCII characters. */
export const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/));

/** Trimmed text of 1 to `max` characters. */
export const Text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A body-less answer (`204 No Content`). */
export const NoContent = null;
