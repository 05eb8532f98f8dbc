import type { Context } from 'hono';
import { MAX_BODY_BYTES } from '@citadel/protocol/api';
import { ApiError } from '../errors.js';

export { MAX_BODY_BYTES };

/**
 * Reads a request body as JSON within `limit` bytes. A body over the limit and one that is not
 * JSON each get their own typed error; an empty body reads as `{}`. Validation is the caller's.
 * The declared length is checked before reading; the read length after, for a body without one.
 */
export async function readJsonBody(c: Context, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > limit) throw tooLarge(limit);
  let value: unknown;
  try {
    value = text === '' ? {} : JSON.parse(text, refuseProtoKey);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'INVALID_PARAMS', 'The body is not valid JSON');
  }
  return value;
}

/**
 * A `__proto__` key anywhere in a body is refused by name, not dropped: a schema would drop it
 * silently (docs/security-model.md: unknown keys and `__proto__` are refused).
 */
function refuseProtoKey(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new ApiError(400, 'INVALID_PARAMS', 'The body may not contain the key "__proto__"', { key });
  return value;
}

const tooLarge = (limit: number) => new ApiError(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, { limit });
