import * as z from 'zod/mini';
import { AppId, TopicId } from '../manifest.js';
import { LocalizedText } from '../schemas.js';
import { AlertCategory, AlertText, Severity } from './alert-draft.js';
import { IsoTime, NextCursor } from './common.js';

/** A citizen's notification grant to one app, with the topics they muted. */
export const NotificationGrant = z.object({ granted: z.boolean(), grantedAt: z.nullable(IsoTime), mutedTopics: z.array(z.string()) });
/** A citizen's notification grant to one app. */
export type NotificationGrant = z.infer<typeof NotificationGrant>;
/** A path naming one app's topic. */
export const TopicPath = z.object({ appId: AppId, topic: TopicId });
/** `PUT /api/notifications/grants/:appId/topics/:topic`. */
export const MuteBody = z.strictObject({ muted: z.boolean() });

/**
 * Where a notification is: `queued` in the inbox, or waiting for its `deliverAt` when paced (the partner sees it; the
 * citizen does not yet), `pushed` to a device, `failed` to push (still in the inbox), `read`.
 */
export const NotificationState = z.enum(['queued', 'pushed', 'failed', 'read']);
/** Where a notification is. */
export type NotificationState = z.infer<typeof NotificationState>;

/** A partner's notification in the citizen's inbox: the app's name and icon come from the registry, never the partner. */
export const InboxNotification = z.object({
  kind: z.literal('notification'),
  id: z.string(),
  appId: z.string(),
  appName: LocalizedText,
  appIcon: z.nullable(z.string()),
  topic: z.nullable(z.string()),
  topicName: z.nullable(LocalizedText),
  /** The partner's Vietnamese text. */
  title: z.string(),
  body: z.string(),
  /** Its English, for a citizen who reads the host in English; null when the partner sent only Vietnamese. */
  en: z.nullable(z.object({ title: z.string(), body: z.string() })),
  path: z.string(),
  state: NotificationState,
  at: IsoTime,
  readAt: z.nullable(IsoTime),
});
/** A partner's notification in the citizen's inbox. */
export type InboxNotification = z.infer<typeof InboxNotification>;
/** An official alert in the inbox of a citizen it reached. */
export const InboxAlert = z.object({
  kind: z.literal('alert'),
  id: z.string(),
  sender: z.string(),
  severity: Severity,
  category: AlertCategory,
  headline: AlertText(200),
  at: IsoTime,
  expiresAt: IsoTime,
  readAt: z.nullable(IsoTime),
});
/** An official alert in an inbox. */
export type InboxAlert = z.infer<typeof InboxAlert>;
/** One inbox entry. */
export const InboxEntry = z.discriminatedUnion('kind', [InboxNotification, InboxAlert]);
/** One inbox entry. */
export type InboxEntry = z.infer<typeof InboxEntry>;
/**
 * `GET /api/inbox`: a page, newest first. The server sends only entries it declares here; a reader
 * reads an entry it cannot (a kind a newer server added, seen by a host the service worker kept)
 * as `null`, so the rest of the page still shows.
 */
export const InboxAnswer = z.object({ entries: z.array(z.catch(z.nullable(InboxEntry), null)), next: NextCursor });
/** The inbox's page cursor; the server answers `INVALID_PARAMS` for one it did not give out. */
export const InboxQuery = z.object({ before: z.optional(z.string().check(z.maxLength(200))) });
/** `GET /api/inbox/unread`. */
export const UnreadAnswer = z.object({ count: z.int() });
/** A path naming one inbox entry (a notification `ntf_…` or an alert `alr_…`). */
export const InboxItemPath = z.object({ id: z.string().check(z.regex(/^(ntf|alr)_[A-Za-z0-9_-]{10,40}$/)) });
