import type { IncomingMessage } from 'node:http';

/** Thrown when a request body is over the limit. */
export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
}

/**
 * Reads a request's raw body, as sent: a webhook's signature covers these exact bytes, so it
 * is verified before anything parses them. Rejects with `BodyTooLarge` past `limit` bytes.
 */
export async function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(`The body is over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
