import { signWebhook } from '@citadel/node';
import type { WebhookData, WebhookEventType } from '@citadel/protocol/webhooks';
import { newId } from './ids.js';

/** One webhook event to send: its type and the `data` of that type; `timestamp` (when it happened) defaults to now. */
export type WebhookEventInput = {
  readonly [T in WebhookEventType]: { readonly type: T; readonly data: WebhookData<T>; readonly timestamp?: string };
}[WebhookEventType];

/** How a webhook is signed. */
export interface SignWebhookOptions {
  /** The `webhook-id`. Default: a new `msg_…`. */
  readonly id?: string;
  /** When it was signed (`webhook-timestamp`): an old one makes a stale delivery. Default: now. */
  readonly signedAt?: Date;
  /** The `whsec_…` secret. Default: the platform's webhook secret. */
  readonly secret?: string;
}

/** A signed delivery: the exact body, and the headers to send with it (`content-type` and the three Standard Webhooks headers). */
export interface SignedWebhook {
  readonly id: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A delivery's answer from your backend: its status and body (JSON when it was JSON, else the text). */
export interface WebhookAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** Signs `event` with the platform's one signer, `signWebhook` of `@citadel/node`, as the platform signs every delivery. */
export function signedWebhook(secret: string, event: WebhookEventInput, options: SignWebhookOptions = {}): SignedWebhook {
  const id = options.id ?? newId('msg');
  const body = JSON.stringify({ type: event.type, timestamp: event.timestamp ?? new Date().toISOString(), data: event.data });
  const timestamp = Math.floor((options.signedAt ?? new Date()).getTime() / 1000);
  return { id, body, headers: { 'content-type': 'application/json', ...signWebhook({ secret: options.secret ?? secret, id, timestamp, body }) } };
}

/** Posts a signed delivery to `url` and reads the answer. */
export async function postWebhook(url: string, delivery: SignedWebhook): Promise<WebhookAnswer> {
  const response = await fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body, redirect: 'manual' });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the text as it came.
  }
  return { status: response.status, body };
}
