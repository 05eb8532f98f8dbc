import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Only `allowedOrigin` (the mini-app's own origin) may call from a browser. A request without
 * `Origin` (curl, the platform delivering a webhook) is not a cross-origin call and passes.
 * Returns false for another origin, which the caller refuses.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowedOrigin: string): boolean {
  response.setHeader('vary', 'Origin');
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (origin !== allowedOrigin) return false;
  response.setHeader('access-control-allow-origin', allowedOrigin);
  return true;
}

/** Answers a preflight for one endpoint's method, allowing the headers the app sends. */
export function answerPreflight(response: ServerResponse, method: string): void {
  response.writeHead(204, {
    'access-control-allow-methods': method,
    'access-control-allow-headers': 'Authorization, Content-Type',
    'access-control-max-age': '600',
  }).end();
}
