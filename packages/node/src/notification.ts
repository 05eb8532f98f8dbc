import {
  NotificationAnswer, SendAnswer, type NotificationState as ApiNotificationState, type PartnerNotification, type SendBody,
} from '@citadel/protocol/api';
import { readAnswer } from './read-answer.js';

/** A title or body in Vietnamese and, optionally, English. */
export type NotificationText = Exclude<SendBody['title'], string>;

/**
 * What your server sends to notify a citizen (`POST /api/partner/v1/notifications`): `to`, the
 * citizen's pairwise id for your app (the `sub` of their identity token); `topic`, one of the
 * topics your manifest declares (required when it declares any; the citizen can mute each);
 * `title`, 1 to 80 characters of Vietnamese or `{ vi, en }` (each 1 to 80: a citizen who reads
 * the host in English sees `en`; the host shows your app's registered name and icon beside it);
 * `body`, 1 to 500 characters or `{ vi, en }` (each 1 to 500); `path`, where tapping opens your
 * app, starting with one of your manifest's `deepLinks` (default `/`).
 */
export type SendNotificationInput = SendBody;

/**
 * Where a notification is: `queued` in the inbox, or waiting for its `deliverAt` when the platform paced it (sent
 * within 30 s of your previous one to the citizen), `pushed` to a device, `failed` to push (still in the inbox), `read`.
 */
export type NotificationState = ApiNotificationState;

/** A notification you sent; `deliverAt` says when it reaches (or reached) the citizen's inbox. */
export type Notification = PartnerNotification;

/** The answer to a send: the notification, or `muted` when the citizen muted its topic (nothing was stored or counted). */
export type SendNotificationResult = SendAnswer;

/** Reads the answer of a send; `undefined` when it is not that shape. */
export const parseSendAnswer = readAnswer(SendAnswer, (answer) => answer);

/** Reads the answer `{ notification }`; `undefined` when it is not that shape. */
export const parseNotificationAnswer = readAnswer(NotificationAnswer, (answer) => answer.notification);
