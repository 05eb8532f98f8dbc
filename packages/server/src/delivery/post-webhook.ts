import { parseIpAddress } from '@citadel/protocol';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ADDRESS_REFUSED, createGuardedLookup, type ResolveHost } from './guarded-lookup.js';
import { isDeliverableAddress } from './deliverable-address.js';

/** Why a delivery got no HTTP answer: a closed set, shown to the partner as `lastError`. */
export type DeliveryFailure = 'ADDRESS_REFUSED' | 'DNS_FAILED' | 'CONNECTION_FAILED' | 'TLS_FAILED' | 'TIMEOUT';

/** What one POST came to: an HTTP status (with the answer's `Retry-After` header, if any), or why there was none. */
export type PostOutcome = { readonly status: number; readonly retryAfter: string | undefined } | { readonly failure: DeliveryFailure };

/** One webhook POST. */
export interface WebhookPost {
  /** Already accepted by `checkWebhookUrl`. */
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON text (a webhook) or bytes (an encrypted push). */
  readonly body: string | Uint8Array;
  readonly timeoutMs: number;
  readonly development: boolean;
  readonly resolve: ResolveHost;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
// EPROTO is what OpenSSL reports when the other side does not speak TLS at all.
const isTlsCode = (code: string) => code === 'EPROTO' || /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code);

function failureOf(error: unknown): DeliveryFailure {
  const { code = '', name = '' } = (error ?? {}) as { code?: string; name?: string };
  if (code === ADDRESS_REFUSED) return 'ADDRESS_REFUSED';
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ABORT_ERR') return 'TIMEOUT';
  if (DNS_CODES.has(code)) return 'DNS_FAILED';
  if (isTlsCode(code)) return 'TLS_FAILED';
  return 'CONNECTION_FAILED';
}

/**
 * POSTs one webhook and resolves with the status of the answer, or why there was none. Never
 * rejects. The host is resolved once, every address checked (`createGuardedLookup`), and the
 * connection made to a checked address; an IP-literal host is checked as it is. TLS
 * certificates are verified against the URL's host name. No redirect is followed (a 3xx is not
 * an acknowledgement), no connection is reused, and the answer's body is never read. Web Push
 * (`postPush`) goes through here too.
 */
export function postWebhook(post: WebhookPost): Promise<PostOutcome> {
  const { url } = post;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = parseIpAddress(host) !== undefined;
  if (literal && !isDeliverableAddress(host, post.development)) return Promise.resolve({ failure: 'ADDRESS_REFUSED' });
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostOutcome>((resolve) => {
    const outgoing = request({
      method: 'POST',
      hostname: host,
      ...(url.port === '' ? {} : { port: Number(url.port) }),
      path: `${url.pathname}${url.search}`,
      headers: { ...post.headers, 'content-length': String(typeof post.body === 'string' ? Buffer.byteLength(post.body) : post.body.byteLength) },
      agent: false,
      // Node connects to an IP literal without calling `lookup`; it was checked above.
      ...(literal ? {} : { lookup: createGuardedLookup(post.resolve, post.development) }),
      signal: AbortSignal.timeout(post.timeoutMs),
    });
    outgoing.once('response', (response: IncomingMessage) => {
      const retryAfter = response.headers['retry-after'];
      resolve({ status: response.statusCode ?? 0, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter });
      // Only the status and Retry-After matter; the body is neither read nor kept.
      response.destroy();
    });
    // `on`, not `once`: a late error (the timeout firing after the answer) must not go unhandled.
    outgoing.on('error', (error) => resolve({ failure: failureOf(error) }));
    outgoing.end(post.body);
  });
}
