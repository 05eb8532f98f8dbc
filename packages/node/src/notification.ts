import { isIsoTime, isJsonObject, isNonEmptyString } from './json-value.js';

/** A title or body in Vietnamese and, optionally, English. */
export interface NotificationText {
  readonly vi: string;
  readonly en?: string;
}

/** What your server sends to notify a citizen (`POST /api/partner/v1/notifications`). */
export interface SendNotificationInput {
  /** The citizen's pairwise id for your app: the `sub` of their identity token. */
  readonly to: string;
  /** One of the topics your manifest declares (required when it declares any); the citizen can mute each. */
  readonly topic?: string;
  /**
   * 1 to 80 characters of Vietnamese, or `{ vi, en }` (each 1 to 80): a citizen who reads the host
   * in English sees `en`. The host shows your app's registered name and icon beside it.
   */
  readonly title: string | NotificationText;
  /** 1 to 500 characters of Vietnamese, or `{ vi, en }` (each 1 to 500). */
  readonly body: string | NotificationText;
  /** Where tapping opens your app: a path starting with one of your manifest's `deepLinks`. Default `/`. */
  readonly path?: string;
}

/** Where a notification is: `queued` in the inbox, `pushed` to a device, `failed` to push (still in the inbox), `read`. */
export type NotificationState = 'queued' | 'pushed' | 'failed' | 'read';

/** A notification you sent. */
export interface Notification {
  readonly id: string;
  readonly to: string;
  readonly topic: string | null;
  readonly path: string;
  readonly state: NotificationState;
  readonly createdAt: string;
}

/** The answer to a send: the notification, or `muted` when the citizen muted its topic (nothing was stored or counted). */
export type SendNotificationResult =
  | { readonly muted: false; readonly notification: Notification }
  | { readonly muted: true; readonly notification: null };

const states: ReadonlySet<unknown> = new Set(['queued', 'pushed', 'failed', 'read']);

function readNotification(value: unknown): Notification | undefined {
  if (!isJsonObject(value)) return undefined;
  const { id, to, topic, path, state, createdAt } = value;
  if (!isNonEmptyString(id) || !isNonEmptyString(to) || (topic !== null && typeof topic !== 'string') || typeof path !== 'string' ||
    !states.has(state) || !isIsoTime(createdAt)) return undefined;
  return { id, to, topic, path, state: state as NotificationState, createdAt };
}

/** Reads the answer of a send; `undefined` when it is not that shape. */
export function parseSendAnswer(body: unknown): SendNotificationResult | undefined {
  if (!isJsonObject(body)) return undefined;
  if (body['muted'] === true && body['notification'] === null) return { muted: true, notification: null };
  const notification = readNotification(body['notification']);
  return body['muted'] === false && notification ? { muted: false, notification } : undefined;
}

/** Reads the answer `{ notification }`; `undefined` when it is not that shape. */
export function parseNotificationAnswer(body: unknown): Notification | undefined {
  return isJsonObject(body) ? readNotification(body['notification']) : undefined;
}
