import type { Context } from 'hono';
import { IdempotencyKey, type ApiRoute } from '@citadel/protocol/api';
import { ApiError } from '../errors.js';

/** The `Idempotency-Key` a route reads: a string when it requires one, possibly undefined when optional. */
export type KeyOf<R extends ApiRoute> =
  R extends { idempotency: 'required' } ? string : R extends { idempotency: 'optional' } ? string | undefined : undefined;

/**
 * Reads the `Idempotency-Key` header as the route declares it (`idempotency` in
 * `@citadel/protocol/api`): undefined when the route reads none or an optional key is absent;
 * 400 `IDEMPOTENCY_KEY_REQUIRED` when a required key is absent; 400 `INVALID_PARAMS` when a key
 * is not 1 to 255 visible ASCII characters.
 */
export function idempotencyKeyOf<R extends ApiRoute>(c: Context, route: R): KeyOf<R> {
  if (route.idempotency === undefined) return undefined as KeyOf<R>;
  const key = c.req.header('idempotency-key');
  if (key === undefined || key === '') {
    if (route.idempotency === 'optional') return undefined as KeyOf<R>;
    throw new ApiError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header (1 to 255 visible ASCII characters) with every mutating call');
  }
  if (!IdempotencyKey.safeParse(key).success) throw new ApiError(400, 'INVALID_PARAMS', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  return key as KeyOf<R>;
}
