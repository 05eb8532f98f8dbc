import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from '../errors.js';

/** Reads an optional `Idempotency-Key` header: 1 to 255 visible ASCII characters, or undefined when absent. */
export function optionalIdempotencyKey(c: Context): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined || key === '') return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new ApiError(400, 'INVALID_PARAMS', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  return key;
}

/** Reads the `Idempotency-Key` header every mutating money call needs: 1 to 255 visible ASCII characters. */
export function idempotencyKey(c: Context): string {
  const key = optionalIdempotencyKey(c);
  if (!key) throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header (1 to 255 visible ASCII characters) with every mutating call');
  return key;
}

/** A digest of a request's meaning (its validated body, keys sorted), to tell a replay from a reuse. */
export function requestDigest(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('base64url');
}

const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

/** The 409 for a key reused with a different request. */
export const keyReused = () =>
  new ApiError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request; use a new key for a new request');
