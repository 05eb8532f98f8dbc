import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http-error.js';

/** Reads the raw body, refusing with `413 PAYLOAD_TOO_LARGE` past `limit` bytes (checked on `content-length` first). */
export async function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `The body is over ${limit} bytes`, { limit });
  if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON object body: `415` without a JSON content type, `400 INVALID_PARAMS` for anything but an object. */
export async function readJson(request: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send Content-Type: application/json');
  }
  const raw = await readRawBody(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'INVALID_PARAMS', 'The body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'INVALID_PARAMS', 'The body must be a JSON object');
  return value as Record<string, unknown>;
}
