import { AppIdPath } from './apps.js';
import {
  InboxAnswer, InboxItemPath, InboxQuery, MuteBody, NotificationGrant, TopicPath, UnreadAnswer,
} from './notifications.js';
import {
  PushKeyAnswer, PushSubscriptionAnswer, PushSubscriptionBody, PushSubscriptionPath, PushSubscriptionsAnswer,
} from './push.js';
import type { ApiRoute } from './route.js';

/** The citizen's notification grants, inbox and Web Push subscriptions, under `/api`. */
export const notificationRoutes = {
  notificationGrant: {
    method: 'get', path: '/notifications/grants/:appId', audience: 'citizen', summary: 'The citizen\'s notification grant to an app and the topics they muted.',
    params: AppIdPath, responses: { 200: NotificationGrant },
  },
  grantNotifications: {
    method: 'put', path: '/notifications/grants/:appId', audience: 'citizen', summary: 'Lets the app notify the citizen (the first grant\'s time is kept).',
    params: AppIdPath, responses: { 200: NotificationGrant },
  },
  muteTopic: {
    method: 'put', path: '/notifications/grants/:appId/topics/:topic', audience: 'citizen', summary: 'Mutes or unmutes one of the app\'s declared topics.',
    params: TopicPath, body: MuteBody, responses: { 200: NotificationGrant },
  },
  inbox: {
    method: 'get', path: '/inbox', audience: 'citizen', summary: 'A page of the inbox: partner notifications and the alerts that reached the citizen, newest first.',
    query: InboxQuery, responses: { 200: InboxAnswer },
  },
  unread: { method: 'get', path: '/inbox/unread', audience: 'citizen', summary: 'How many entries are unread.', responses: { 200: UnreadAnswer } },
  readAll: { method: 'post', path: '/inbox/read-all', audience: 'citizen', summary: 'Marks everything read.', responses: { 204: null } },
  read: { method: 'post', path: '/inbox/:id/read', audience: 'citizen', summary: 'Marks one entry read.', params: InboxItemPath, responses: { 204: null } },
  pushKey: { method: 'get', path: '/push/key', audience: 'public', summary: 'The VAPID public key for `PushManager.subscribe`.', responses: { 200: PushKeyAnswer } },
  pushSubscriptions: {
    method: 'get', path: '/push/subscriptions', audience: 'citizen', summary: 'The citizen\'s push subscriptions, oldest first.', responses: { 200: PushSubscriptionsAnswer },
  },
  subscribe: {
    method: 'post', path: '/push/subscriptions', audience: 'citizen', summary: 'Stores this browser\'s push subscription.',
    body: PushSubscriptionBody, responses: { 201: PushSubscriptionAnswer },
  },
  unsubscribe: {
    method: 'delete', path: '/push/subscriptions/:id', audience: 'citizen', summary: 'Deletes one push subscription.',
    params: PushSubscriptionPath, responses: { 204: null },
  },
} as const satisfies Record<string, ApiRoute>;
