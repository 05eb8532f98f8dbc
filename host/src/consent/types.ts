import type { LocalizedText } from '@citadel/protocol';
import type { Timestamp } from '../shared/format.js';

/** What a citizen can withdraw from an app: identity and notifications are held by the platform, location and storage by this host. */
export type ConsentKind = 'identity' | 'notifications' | 'location' | 'storage';

/** One app's grants as the platform holds them. */
export interface ServerConsents {
  readonly appId: string;
  readonly appName: LocalizedText;
  readonly appIcon: string | null;
  readonly identity: { readonly claims: readonly string[]; readonly grantedAt: Timestamp } | null;
  readonly notifications: { readonly grantedAt: Timestamp; readonly mutedTopics: readonly string[] } | null;
}

/** One line of the citizen's audit log. */
export interface AuditEntry {
  readonly id: string;
  readonly appId: string | null;
  readonly appName: LocalizedText | null;
  /** `identity.grant`, `notifications.revoke`, `location.revoke`, `alerts.location.share`, … */
  readonly action: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly at: Timestamp;
}

/** A page of the audit log, newest first. */
export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  readonly next: string | null;
}
