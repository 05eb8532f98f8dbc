import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isDeliverableAddress } from '../webhooks/address-class.js';
import { ADDRESS_REFUSED, createGuardedLookup, type ResolveHost } from '../webhooks/guarded-lookup.js';
import { parseIpAddress } from '../webhooks/ip-address.js';
import type { DeliveryFailure } from '../webhooks/post-webhook.js';

/** What one push POST came to: a status (with `Retry-After`, in seconds, when the push service sent one), or why there was none. */
export type PushOutcome =
  | { readonly status: number; readonly retryAfterSeconds: number | undefined }
  | { readonly failure: DeliveryFailure };

/** One push request: the encrypted body and the headers web-push made for it. */
export interface PushPost {
  /** Already accepted by `checkWebhookUrl`. */
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  readonly timeoutMs: number;
  readonly development: boolean;
  readonly resolve: ResolveHost;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const isTlsCode = (code: string) => code === 'EPROTO' || /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code);

// The same classes `postWebhook` reports, so webhook and push `last_error`s read alike.
function failureOf(error: unknown): DeliveryFailure {
  const { code = '', name = '' } = (error ?? {}) as { code?: string; name?: string };
  if (code === ADDRESS_REFUSED) return 'ADDRESS_REFUSED';
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ABORT_ERR') return 'TIMEOUT';
  if (DNS_CODES.has(code)) return 'DNS_FAILED';
  if (isTlsCode(code)) return 'TLS_FAILED';
  return 'CONNECTION_FAILED';
}

// RFC 9110 §5.6.7: the IMF-fixdate senders must use, `Sun, 06 Nov 1994 08:49:37 GMT`.
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * `Retry-After` (RFC 9110 §10.2.3) in seconds from `now` (default the current time):
 * delay-seconds, or an IMF-fixdate (0 once past); undefined when absent or malformed.
 */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (!IMF_FIXDATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * POSTs one push (RFC 8030 §5) the way `postWebhook` POSTs a webhook, with a binary body and the
 * answer's `Retry-After`: the host resolved once through `createGuardedLookup` (every address
 * checked, the connection made to a checked one), an IP-literal host checked as it is, TLS
 * verified against the host name, no redirect followed, no connection reused, the answer's body
 * never read. Never rejects. web-push's own sender is not used: it has no such guard.
 */
export function postPush(post: PushPost): Promise<PushOutcome> {
  const { url } = post;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = parseIpAddress(host) !== undefined;
  if (literal && !isDeliverableAddress(host, post.development)) return Promise.resolve({ failure: 'ADDRESS_REFUSED' });
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PushOutcome>((resolve) => {
    const outgoing = request({
      method: 'POST',
      hostname: host,
      ...(url.port === '' ? {} : { port: Number(url.port) }),
      path: `${url.pathname}${url.search}`,
      headers: { ...post.headers, 'content-length': String(post.body.byteLength) },
      agent: false,
      ...(literal ? {} : { lookup: createGuardedLookup(post.resolve, post.development) }),
      signal: AbortSignal.timeout(post.timeoutMs),
    });
    outgoing.once('response', (response: IncomingMessage) => {
      const header = response.headers['retry-after'];
      resolve({ status: response.statusCode ?? 0, retryAfterSeconds: retryAfterSeconds(Array.isArray(header) ? header[0] : header) });
      response.destroy();
    });
    // `on`, not `once`: a late error (the timeout firing after the answer) must not go unhandled.
    outgoing.on('error', (error) => resolve({ failure: failureOf(error) }));
    outgoing.end(post.body);
  });
}
