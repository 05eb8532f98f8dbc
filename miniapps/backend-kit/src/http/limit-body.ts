import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../http-error.js';

/**
 * Hono's `bodyLimit` at `limit` bytes, refusing with `413 PAYLOAD_TOO_LARGE` and the `limit`:
 * `content-length` is checked first, and a streamed body is cut at the limit.
 */
export function limitBody(limit: number) {
  return bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `The body is over ${limit} bytes`, { limit });
    },
  });
}
