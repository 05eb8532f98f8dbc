import { createRequester } from '../net/http.js';
import { parseInboxPage, parseNotificationGrant, parseUnread } from './parse.js';
import type { InboxPage, NotificationGrant } from './types.js';

/**
 * The citizen's notification and inbox APIs, typed. Every method rejects with an `ApiError`
 * carrying the server's `code`; none throws synchronously.
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

const seg = encodeURIComponent;

/** Creates a client of the notification and inbox APIs on this page's origin. */
export function createNotificationsApi(fetchFn?: typeof fetch): NotificationsApi {
  const request = createRequester(fetchFn);
  return {
    grant: async (appId) => parseNotificationGrant(await request('GET', `/api/notifications/grants/${seg(appId)}`)),
    setGrant: async (appId) => parseNotificationGrant(await request('PUT', `/api/notifications/grants/${seg(appId)}`, {})),
    setMuted: async (appId, topic, muted) =>
      parseNotificationGrant(await request('PUT', `/api/notifications/grants/${seg(appId)}/topics/${seg(topic)}`, { muted })),
    inbox: async (cursor) => parseInboxPage(await request('GET', `/api/inbox${cursor ? `?before=${seg(cursor)}` : ''}`)),
    unread: async () => parseUnread(await request('GET', '/api/inbox/unread')),
    markRead: async (id) => { await request('POST', `/api/inbox/${seg(id)}/read`); },
    markAllRead: async () => { await request('POST', '/api/inbox/read-all'); },
  };
}
