import { parsePartnerApp, type PartnerApp } from './partner-app.js';
import { createPartnerRequest } from './partner-request.js';
import { parsePlatformOrigin } from './secure-url.js';

/** Options of `createPartnerClient`. */
export interface PartnerClientOptions {
  /**
   * The platform origin, such as `https://hue-s.example.vn`. Required. Must be `https:`; `http:`
   * is accepted only for `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]` (development).
   */
  readonly platformUrl: string;
  /** Your app's client id. Required. */
  readonly clientId: string;
  /** Your app's client secret. Required. Server-side only: never ship it to a browser or a mini-app. */
  readonly clientSecret: string;
  /** The `fetch` to call the platform with. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** How long one call may take, headers and body, in milliseconds. Default: 10 000. */
  readonly timeoutMs?: number;
}

/** A typed client of the Citadel partner API. Every method rejects with `PartnerApiError`. */
export interface PartnerClient {
  /** The app your credentials belong to: `GET /api/partner/v1/app`. */
  getApp(): Promise<PartnerApp>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function basicAuthorization(clientId: string, clientSecret: string): string {
  if (typeof clientId !== 'string' || clientId === '') throw new TypeError('clientId is required');
  // RFC 7617: the user id of Basic credentials cannot contain a colon.
  if (clientId.includes(':')) throw new TypeError('clientId must not contain ":"');
  if (typeof clientSecret !== 'string' || clientSecret === '') throw new TypeError('clientSecret is required');
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64')}`;
}

/**
 * Creates a client of the partner API, authenticated with HTTP Basic (client id and secret).
 * Throws `TypeError` at once on bad options; its methods only ever reject.
 *
 * @example
 * const citadel = createPartnerClient({ platformUrl: 'https://hue-s.example.vn', clientId, clientSecret });
 * const app = await citadel.getApp();
 */
export function createPartnerClient(options: PartnerClientOptions): PartnerClient {
  const origin = parsePlatformOrigin(options.platformUrl, 'platformUrl');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new TypeError('timeoutMs must be a positive whole number');
  const request = createPartnerRequest({
    base: new URL('/api/partner/v1/', origin),
    authorization: basicAuthorization(options.clientId, options.clientSecret),
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs,
  });
  return Object.freeze({
    getApp: () => request({ method: 'GET', path: 'app', parse: parsePartnerApp }),
  });
}
