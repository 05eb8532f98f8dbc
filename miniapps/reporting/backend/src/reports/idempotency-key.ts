import { ReportingError } from '../errors.js';
import { LIMITS } from '../limits.js';

/** Visible ASCII, no spaces: a UUID, a ULID or any token a client makes. */
const KEY = new RegExp(`^[\\x21-\\x7e]{1,${LIMITS.idempotencyKey}}$`);

/**
 * The request's `Idempotency-Key` header, checked: `undefined` without one; `400 INVALID_IDEMPOTENCY_KEY` naming the
 * limit when it is empty, too long or holds anything but visible ASCII.
 */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) {
    throw new ReportingError(400, 'INVALID_IDEMPOTENCY_KEY', `Idempotency-Key must be 1 to ${LIMITS.idempotencyKey} visible ASCII characters`, { limit: LIMITS.idempotencyKey });
  }
  return header;
}
