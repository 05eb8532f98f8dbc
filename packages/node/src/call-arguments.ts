/** Options of a mutating money call: the key that makes a retry of it safe. */
export interface IdempotencyOptions {
  /**
   * 1 to 255 visible ASCII characters, unique per operation (your own order or refund id works
   * well). Sending the same call again with the same key answers the first result instead of
   * repeating it; the same key with a different body is refused with `IDEMPOTENCY_KEY_REUSED`.
   */
  readonly idempotencyKey: string;
}

/** Checks an `Idempotency-Key`. Throws `TypeError` (the methods reject with it). */
export function idempotencyKey(options: IdempotencyOptions | undefined): string {
  const key = options?.idempotencyKey;
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new TypeError('idempotencyKey must be 1 to 255 visible ASCII characters');
  }
  return key;
}

/** An id as one path segment, encoded. Throws `TypeError` for an empty id or a dot segment, which would change the path. */
export function pathSegment(value: unknown, label: string): string {
  if (typeof value !== 'string' || value === '' || value === '.' || value === '..' || value.length > 255) {
    throw new TypeError(`${label} must be an id, 1 to 255 characters`);
  }
  return encodeURIComponent(value);
}
