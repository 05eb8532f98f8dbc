import { createHash } from 'node:crypto';
import { ApiError } from '../errors.js';

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
