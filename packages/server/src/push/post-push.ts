import { postWebhook, type DeliveryFailure, type WebhookPost } from '../delivery/post-webhook.js';

/** What one push POST came to: a status (with `Retry-After`, in seconds, when the push service sent one), or why there was none. */
export type PushOutcome =
  | { readonly status: number; readonly retryAfterSeconds: number | undefined }
  | { readonly failure: DeliveryFailure };

/** One push request: the encrypted body and the headers web-push made for it. */
export type PushPost = WebhookPost & { readonly body: Uint8Array };

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
 * POSTs one push (RFC 8030 §5) through `postWebhook`, so it gets the same guard: the host resolved
 * once through `createGuardedLookup` (every address checked, the connection made to a checked
 * one), an IP-literal host checked as it is, TLS verified against the host name, no redirect
 * followed, no connection reused, the answer's body never read. Never rejects. web-push's own
 * sender is not used: it has no such guard.
 */
export async function postPush(post: PushPost): Promise<PushOutcome> {
  const outcome = await postWebhook(post);
  return 'failure' in outcome ? outcome : { status: outcome.status, retryAfterSeconds: retryAfterSeconds(outcome.retryAfter) };
}
