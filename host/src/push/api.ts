import { createRequester } from '../net/http.js';
import { obj, str } from '../net/read-json.js';

/** The browser's `PushSubscription.toJSON()`, as the platform takes it. */
export interface PushSubscriptionJson {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  readonly expirationTime?: number | null;
}

/** The Web Push APIs of the platform. Every method rejects with an `ApiError`. */
export interface PushApi {
  /** `GET /api/push/key`: the VAPID public key, base64url. */
  key(): Promise<string>;
  /** `POST /api/push/subscriptions`: resolves with the subscription's id. */
  subscribe(subscription: PushSubscriptionJson): Promise<string>;
  /** `DELETE /api/push/subscriptions/:id`. */
  unsubscribe(id: string): Promise<void>;
}

/** Creates a client of the Web Push APIs on this page's origin. */
export function createPushApi(fetchFn?: typeof fetch): PushApi {
  const request = createRequester(fetchFn);
  return {
    key: async () => str(obj(await request('GET', '/api/push/key'), 'answer')['publicKey'], 'push key'),
    subscribe: async (subscription) =>
      str(obj(obj(await request('POST', '/api/push/subscriptions', subscription), 'answer')['subscription'], 'subscription')['id'], 'subscription id'),
    unsubscribe: async (id) => { await request('DELETE', `/api/push/subscriptions/${encodeURIComponent(id)}`); },
  };
}
