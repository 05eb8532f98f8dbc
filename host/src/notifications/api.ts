import type * as z from 'zod/mini';
import { notificationRoutes as routes, type InboxAnswer, type InboxEntry, type NotificationGrant } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/** A page of the inbox, newest first, the entries this host can show; `next` is the cursor of the page after, or `null`. */
export type InboxPage = Omit<z.infer<typeof InboxAnswer>, 'entries'> & { readonly entries: InboxEntry[] };

/**
 * The citizen's notification and inbox APIs, typed by the contract. Every method rejects with an
 * `ApiError` carrying the server's `code`; none throws synchronously.
 */
export interface NotificationsApi {
  /** `GET /api/notifications/grants/:appId`. */
  grant(appId: string): Promise<NotificationGrant>;
  /** `PUT /api/notifications/grants/:appId`: the app may notify the citizen. */
  setGrant(appId: string): Promise<NotificationGrant>;
  /** `PUT /api/notifications/grants/:appId/topics/:topic`. */
  setMuted(appId: string, topic: string, muted: boolean): Promise<NotificationGrant>;
  /** `GET /api/inbox`: the page before `cursor`, newest first (the first page without one). */
  inbox(cursor?: string): Promise<InboxPage>;
  /** `GET /api/inbox/unread`. */
  unread(): Promise<number>;
  /** `POST /api/inbox/:id/read`. */
  markRead(id: string): Promise<void>;
  /** `POST /api/inbox/read-all`. */
  markAllRead(): Promise<void>;
}

/** Creates a client of the notification and inbox APIs on this page's origin. */
export function createNotificationsApi(fetchFn?: typeof fetch): NotificationsApi {
  const call = createPlatformClient(fetchFn);
  return {
    grant: (appId) => call(routes.notificationGrant, { params: { appId } }),
    setGrant: (appId) => call(routes.grantNotifications, { params: { appId } }),
    setMuted: (appId, topic, muted) => call(routes.muteTopic, { params: { appId, topic }, body: { muted } }),
    inbox: async (before) => {
      const page = await call(routes.inbox, { query: { before } });
      // An entry this host cannot read (a newer server's kind) is left out; the rest shows.
      return { ...page, entries: page.entries.filter((entry) => entry !== null) };
    },
    unread: async () => (await call(routes.unread)).count,
    markRead: (id) => call(routes.read, { params: { id } }),
    markAllRead: () => call(routes.readAll),
  };
}
