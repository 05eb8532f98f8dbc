import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a browser may cache the preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Applies the CORS policy: only `allowedOrigin` (the mini-app's own origin) may call. Returns
 * false when the request came from another origin, which the caller refuses. A request with no
 * `Origin` (curl, another server, the platform delivering a webhook) is not a browser's
 * cross-origin call and passes.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowedOrigin: string): boolean {
  // The answer depends on Origin, so no cache may serve one origin's answer to another.
  response.setHeader('vary', 'Origin');
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin !== allowedOrigin) return false;
  response.setHeader('access-control-allow-origin', allowedOrigin);
  return true;
}

/**
 * Answers a preflight for one endpoint: its one `method`, and the request headers the
 * mini-app sends to it (`Authorization` to `/hello`). Default: no extra headers.
 */
export function answerPreflight(response: ServerResponse, method: string, headers?: string): void {
  response
    .writeHead(204, {
      'access-control-allow-methods': method,
      ...(headers === undefined ? {} : { 'access-control-allow-headers': headers }),
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    })
    .end();
}
