import * as z from 'zod/mini';
import { MAX_DEEP_LINK_LENGTH, TopicId } from '../manifest.js';
import { IsoTime, Text } from './common.js';
import { NotificationState } from './notifications.js';

/** Vietnamese only (a string), or `{ vi, en }` for a citizen who reads the host in English. */
const Localizable = (max: number) => z.union([Text(max), z.strictObject({ vi: Text(max), en: z.optional(Text(max)) })]);

/** `POST /api/partner/v1/notifications`: the citizen's pairwise id for the app, the text, a topic and a path inside the app. */
export const SendBody = z.strictObject({
  /** The `sub` of the citizen's identity tokens for this app. */
  to: z.string().check(z.minLength(1), z.maxLength(128)),
  /** One of the topics the manifest declares; required when it declares any. */
  topic: z.optional(TopicId),
  /** 1 to 80 characters, or `{ vi, en? }` of 1 to 80 each. */
  title: Localizable(80),
  /** 1 to 500 characters, or `{ vi, en? }` of 1 to 500 each. */
  body: Localizable(500),
  /** Where tapping opens the app; must start with one of the manifest's `deepLinks`. Default `/`. */
  path: z.optional(z.string().check(z.maxLength(MAX_DEEP_LINK_LENGTH))),
});
/** What a partner sends to notify a citizen. */
export type SendBody = z.infer<typeof SendBody>;

/** A notification as the partner sees it: never when or whether the citizen opened other apps. */
export const PartnerNotification = z.object({
  id: z.string(), to: z.string(), topic: z.nullable(z.string()), path: z.string(), state: NotificationState, createdAt: IsoTime,
  /**
   * When it reaches (or reached) the citizen's inbox: `createdAt`, or later when the send was paced (sent within
   * the spacing, 30 s, of the app's previous notification to the citizen); until then its state is `queued` and
   * the citizen sees nothing. Always sent since pacing; optional so an answer of an older server still reads.
   */
  deliverAt: z.optional(IsoTime),
});
/** A notification as the partner sees it. */
export type PartnerNotification = z.infer<typeof PartnerNotification>;
/** The answer to a send: the notification, or `muted` when the citizen muted its topic (nothing was stored or counted). */
export const SendAnswer = z.discriminatedUnion('muted', [
  z.object({ muted: z.literal(false), notification: PartnerNotification }),
  z.object({ muted: z.literal(true), notification: z.null() }),
]);
/** The answer to a send. */
export type SendAnswer = z.infer<typeof SendAnswer>;
/** `GET /api/partner/v1/notifications/:id`. */
export const NotificationAnswer = z.object({ notification: PartnerNotification });
/** A path naming one notification. */
export const NotificationPath = z.object({ id: z.string().check(z.maxLength(64)) });
