import type { Context } from 'hono';
import { isJsonBodyError, isJsonContentType, parseStrictJson } from '@citadel/node';
import { MAX_BODY_BYTES } from '@citadel/protocol/api';
import { ApiError } from '../errors.js';

export { MAX_BODY_BYTES };

/**
 * Reads a request body as strict JSON within `limit` bytes. Refused, each with its own typed
 * error: a body over the limit (413, with `limit`); a non-empty body not labelled
 * `application/json` (415); a body that is not JSON, names a key twice in one object, has a
 * `__proto__` key, or holds a NUL character or a lone surrogate in any string (400, naming the
 * field in `issues`; docs/security-model.md). An empty body reads as `{}`. Validation is the caller's.
 * The declared length is checked before reading; the read length after, for a body without one.
 */
export async function readJsonBody(c: Context, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > limit) throw tooLarge(limit);
  if (text === '') return {};
  if (!isJsonContentType(c.req.header('content-type'))) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as Content-Type: application/json');
  }
  try {
    return parseStrictJson(text);
  } catch (error) {
    if (!isJsonBodyError(error)) throw error;
    throw new ApiError(400, 'INVALID_PARAMS', error.message, {
      reason: error.reason, issues: [{ path: error.path, message: error.message }],
      ...(error.reason === 'FORBIDDEN_KEY' || error.reason === 'DUPLICATE_KEY' ? { key: error.path.split('.').pop() } : {}),
    });
  }
}

const tooLarge = (limit: number) => new ApiError(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, { limit });
