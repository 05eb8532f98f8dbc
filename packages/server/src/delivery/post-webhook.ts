import type { IncomingMessage } from 'node:http';
import type { ResolveHost } from './guarded-lookup.js';
import { failureOf, openGuardedRequest, type DeliveryFailure } from './guarded-request.js';

export type { DeliveryFailure };

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

/**
 * POSTs one webhook and resolves with the status of the answer, or why there was none. Never
 * rejects. The request is a guarded one (`openGuardedRequest`: every resolved address checked,
 * the connection made to a checked address, TLS verified against the URL's host name). No
 * redirect is followed (a 3xx is not an acknowledgement), and the answer's body is never read.
 * Web Push (`postPush`) goes through here too.
 */
export function postWebhook(post: WebhookPost): Promise<PostOutcome> {
  const length = typeof post.body === 'string' ? Buffer.byteLength(post.body) : post.body.byteLength;
  const outgoing = openGuardedRequest({
    url: post.url,
    method: 'POST',
    headers: { ...post.headers, 'content-length': String(length) },
    signal: AbortSignal.timeout(post.timeoutMs),
    development: post.development,
    resolve: post.resolve,
  });
  if (outgoing === 'ADDRESS_REFUSED') return Promise.resolve({ failure: outgoing });
  return new Promise<PostOutcome>((resolve) => {
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
