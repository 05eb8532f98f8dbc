import type { ServerErrorCode } from '@citadel/protocol/api';

/** A refusal of the test platform's partner API: answered as `{ code, message, ...extra }` with `status`, as the platform answers. */
export class PlatformRefusal extends Error {
  override readonly name = 'PlatformRefusal';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly code: ServerErrorCode,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The one 404 of an unknown order: another app's orders look the same. */
export const noSuchOrder = () => new PlatformRefusal(404, 'NOT_FOUND', 'No such order for this app');
/** The 409 of a key used before with another request. */
export const keyReused = () =>
  new PlatformRefusal(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request; use a new key for a new request');
