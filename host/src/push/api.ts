import type * as z from 'zod/mini';
import { notificationRoutes as routes, type PushSubscriptionBody } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/** The browser's `PushSubscription.toJSON()`, as the platform takes it. */
export type PushSubscriptionJson = z.input<typeof PushSubscriptionBody>;

/** The Web Push APIs of the platform, typed by the contract. Every method rejects with an `ApiError`. */
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
  const call = createPlatformClient(fetchFn);
  return {
    key: async () => (await call(routes.pushKey)).publicKey,
    subscribe: async (body) => (await call(routes.subscribe, { body })).subscription.id,
    unsubscribe: (id) => call(routes.unsubscribe, { params: { id } }),
  };
}
