import { parseIpAddress } from '@citadel/protocol';
import { request as httpRequest, type ClientRequest, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ADDRESS_REFUSED, createGuardedLookup, type ResolveHost } from './guarded-lookup.js';
import { isDeliverableAddress } from './deliverable-address.js';

/** Why a request to a partner's URL got no HTTP answer: a closed set, shown to the partner (a delivery's `lastError`). */
export type DeliveryFailure = 'ADDRESS_REFUSED' | 'DNS_FAILED' | 'CONNECTION_FAILED' | 'TLS_FAILED' | 'TIMEOUT';

/** One request the platform makes to a URL a partner gave it. */
export interface GuardedRequest {
  /** Already accepted by `checkWebhookUrl`. */
  readonly url: URL;
  readonly method: 'GET' | 'POST';
  readonly headers: OutgoingHttpHeaders;
  /** Ends the request, whatever stage it is at; a request it ends fails with `TIMEOUT`. */
  readonly signal: AbortSignal;
  readonly development: boolean;
  readonly resolve: ResolveHost;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
// EPROTO is what OpenSSL reports when the other side does not speak TLS at all.
const isTlsCode = (code: string) => code === 'EPROTO' || /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code);

/** The failure an error of a guarded request stands for. */
export function failureOf(error: unknown): DeliveryFailure {
  const { code = '', name = '' } = (error ?? {}) as { code?: string; name?: string };
  if (code === ADDRESS_REFUSED) return 'ADDRESS_REFUSED';
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ABORT_ERR') return 'TIMEOUT';
  if (DNS_CODES.has(code)) return 'DNS_FAILED';
  if (isTlsCode(code)) return 'TLS_FAILED';
  return 'CONNECTION_FAILED';
}

/**
 * Opens one request to a partner's URL without letting it reach into the platform's network
 * (docs/security-model.md, "The platform server"): the host is resolved once, every address
 * checked (`createGuardedLookup`), and the connection made to a checked address; an IP-literal
 * host is checked as it is, and refused at once (`'ADDRESS_REFUSED'`, no request opened). TLS
 * certificates are verified against the URL's host name. No connection is reused; following a
 * redirect is the caller's choice, and no caller makes it. The caller listens for `response` and
 * `error` (on, not once: a late abort must not go unhandled) and ends the request.
 */
export function openGuardedRequest(options: GuardedRequest): ClientRequest | 'ADDRESS_REFUSED' {
  const { url } = options;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = parseIpAddress(host) !== undefined;
  if (literal && !isDeliverableAddress(host, options.development)) return 'ADDRESS_REFUSED';
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return request({
    method: options.method,
    hostname: host,
    ...(url.port === '' ? {} : { port: Number(url.port) }),
    path: `${url.pathname}${url.search}`,
    headers: options.headers,
    agent: false,
    // Node connects to an IP literal without calling `lookup`; it was checked above.
    ...(literal ? {} : { lookup: createGuardedLookup(options.resolve, options.development) }),
    signal: options.signal,
  });
}
