import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from './compressible.js';
import { preferredEncoding } from './negotiate.js';

/** Answers smaller than this go as they are: below about one packet, compressing saves no round trip. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Compresses the server's dynamic text answers (the APIs' JSON, the OpenAPI documents, the JWKS) of at least
 * `threshold` bytes with Brotli or gzip, as the request's `Accept-Encoding` prefers, and marks every answer that could
 * have been compressed `Vary: Accept-Encoding`. Fast settings (Brotli 4, gzip 6): each answer is compressed as it is
 * sent. Left alone: answers already encoded (the precompressed and hosted files), event streams (`GET /api/me/events`
 * sends events as they happen), `no-transform` answers, HEAD requests and bodiless statuses.
 */
export function compressAnswers(threshold = COMPRESS_THRESHOLD_BYTES): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const answer = c.res;
    if (!answer.body || answer.headers.has('Content-Encoding') || !isCompressible(answer.headers.get('Content-Type'))) return;
    if (/\bno-transform\b/i.test(answer.headers.get('Cache-Control') ?? '')) return;
    if (!/\baccept-encoding\b/i.test(answer.headers.get('Vary') ?? '')) answer.headers.append('Vary', 'Accept-Encoding');
    const encoding = preferredEncoding(c.req.header('accept-encoding'));
    if (c.req.method === 'HEAD' || encoding === undefined) return;
    const bytes = new Uint8Array(await answer.arrayBuffer());
    const headers = new Headers(answer.headers);
    const init = { status: answer.status, statusText: answer.statusText, headers };
    if (bytes.byteLength < threshold) {
      c.res = undefined; // Hono keeps the old answer's headers otherwise
      c.res = new Response(bytes, init);
      return;
    }
    const body = encoding === 'br'
      ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
      : await gzipped(bytes, { level: 6 });
    headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    c.res = undefined;
    c.res = new Response(new Uint8Array(body), init);
  };
}
