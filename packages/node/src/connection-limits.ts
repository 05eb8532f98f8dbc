import type { ServerOptions } from 'node:http';

/** How long a client may take: a slow client holds a connection, and a server has only so many. */
export interface ConnectionLimits {
  /** From the connection's first byte to the end of the request headers, in milliseconds. Default 10 000. */
  readonly headersMs: number;
  /** From the first byte to the end of the whole request, body included, in milliseconds. Default 30 000. */
  readonly requestMs: number;
  /** How long a kept-alive connection may sit idle between requests, in milliseconds. Default 5 000. */
  readonly keepAliveMs: number;
}

/** The default limits, the platform server's own (docs/security-model.md, "The platform server"). */
export const defaultConnectionLimits: ConnectionLimits = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

/**
 * Node's `http.createServer` options for the limits, for any Node backend (the platform server and
 * the partner backend kit use them): `serve({ fetch, serverOptions: connectionOptions(defaultConnectionLimits) })`. Node checks the header and request timers only every
 * `connectionsCheckingInterval` (30 s by default, so a 10 s limit would hold for up to 40 s):
 * here it checks four times per shortest limit. A response may stream for as long as it
 * needs; the limits are on what the client sends.
 */
export function connectionOptions(limits: ConnectionLimits): ServerOptions {
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new TypeError(`connectionLimits.${name} must be a positive number of milliseconds`);
  }
  return {
    headersTimeout: limits.headersMs,
    requestTimeout: Math.max(limits.requestMs, limits.headersMs),
    keepAliveTimeout: limits.keepAliveMs,
    connectionsCheckingInterval: Math.max(50, Math.floor(Math.min(limits.headersMs, limits.requestMs) / 4)),
  };
}
