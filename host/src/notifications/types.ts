import type { LocalizedText } from '@citadel/protocol';
import type { AlertCategory, AlertText, Severity } from '../alerts/types.js';
import type { Timestamp } from '../shared/format.js';

/** The citizen's notification grant to one app, as the platform holds it. */
export interface NotificationGrant {
  readonly granted: boolean;
  readonly grantedAt: Timestamp | null;
  /** Topic ids the citizen muted. */
  readonly mutedTopics: readonly string[];
}

/** A partner's notification in the inbox; the app's name and icon are the registry's, never the partner's words. */
export interface InboxNotification {
  readonly kind: 'notification';
  readonly id: string;
  readonly appId: string;
  readonly appName: LocalizedText;
  /** As the registry's manifest gives it: maybe relative to the app's entry. */
  readonly appIcon: string | null;
  readonly topic: string | null;
  readonly topicName: LocalizedText | null;
  /** The partner's Vietnamese text. */
  readonly title: string;
  readonly body: string;
  /** Its English, when the partner sent some. */
  readonly en: { readonly title: string; readonly body: string } | null;
  /** Where inside the app it opens, as the partner sent it: untrusted. */
  readonly path: string;
  readonly at: Timestamp;
  readonly readAt: Timestamp | null;
}

/** An official alert in the inbox. */
export interface InboxAlert {
  readonly kind: 'alert';
  readonly id: string;
  readonly sender: string;
  readonly severity: Severity;
  readonly category: AlertCategory;
  readonly headline: AlertText;
  readonly at: Timestamp;
  readonly expiresAt: Timestamp;
  readonly readAt: Timestamp | null;
}

/** One line of the inbox. */
export type InboxEntry = InboxNotification | InboxAlert;

/** A page of the inbox, newest first; `next` is the cursor of the page after, or `null`. */
export interface InboxPage {
  readonly entries: readonly InboxEntry[];
  readonly next: string | null;
}
