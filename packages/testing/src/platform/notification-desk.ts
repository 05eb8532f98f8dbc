import { isDeepStrictEqual } from 'node:util';
import type { Manifest } from '@citadel/protocol';
import type { PartnerNotification, SendAnswer, SendBody } from '@citadel/protocol/api';
import { newId } from './ids.js';
import { notificationTarget } from './notification-target.js';
import { PlatformRefusal, keyReused } from './refusal.js';
import { vietnamDayOf } from './vietnam-day.js';

/** A notification the partner API accepted: its `Idempotency-Key`, the body, and the notification. */
export interface RecordedNotification {
  readonly key: string;
  readonly body: SendBody;
  readonly notification: PartnerNotification;
}

/**
 * The notifications of one app, sent as the platform sends them: the manifest's topics and deep links, one per
 * `Idempotency-Key` (`replayed`, or `409` for another body), only to a citizen who allowed it (`403
 * NOTIFICATIONS_NOT_GRANTED`, the same for an unknown `sub`), nothing stored for a muted topic, and at most `quota` a
 * citizen per Vietnam day (`429 QUOTA_EXCEEDED` with `limit`, `window`, `resetAt`, `retryAfterSeconds`).
 */
export function createNotificationDesk(manifest: Manifest | undefined, initialQuota: number, clock: () => Date) {
  const recorded: RecordedNotification[] = [];
  const granted = new Set<string>();
  const muted = new Map<string, Set<string>>();
  let quota = initialQuota;

  const replay = (key: string, body: SendBody) => {
    const earlier = recorded.find((made) => made.key === key);
    if (earlier && !isDeepStrictEqual(earlier.body, body)) throw keyReused();
    return earlier;
  };

  return {
    recorded: recorded as readonly RecordedNotification[],
    grant: (sub: string) => void granted.add(sub),
    revoke: (sub: string) => void granted.delete(sub),
    mute: (sub: string, topic: string) => void muted.set(sub, new Set(muted.get(sub)).add(topic)),
    setQuota: (limit: number) => void (quota = limit),
    send(key: string, body: SendBody): { answer: SendAnswer; replayed: boolean } {
      const now = clock();
      const { topic, path } = notificationTarget(manifest, body);
      const earlier = replay(key, body);
      if (earlier) return { answer: { muted: false, notification: earlier.notification }, replayed: true };
      // Unknown and not-granted look alike: a partner cannot probe who uses other apps.
      if (!granted.has(body.to)) throw new PlatformRefusal(403, 'NOTIFICATIONS_NOT_GRANTED', 'This citizen has not allowed this app to notify them, or withdrew it');
      if (topic !== null && muted.get(body.to)?.has(topic)) return { answer: { muted: true, notification: null }, replayed: false };
      const day = vietnamDayOf(now);
      const today = recorded.filter((made) => made.body.to === body.to && Date.parse(made.notification.createdAt) >= day.start.getTime());
      if (today.length >= quota) {
        throw new PlatformRefusal(429, 'QUOTA_EXCEEDED', `This app may send this citizen ${quota} notifications a day; the quota resets at ${day.end.toISOString()}`, {
          limit: quota, window: 'day', resetAt: day.end.toISOString(), retryAfterSeconds: Math.max(1, Math.ceil((day.end.getTime() - now.getTime()) / 1000)),
        });
      }
      const createdAt = now.toISOString();
      const notification: PartnerNotification = { id: newId('ntf'), to: body.to, topic, path, state: 'queued', createdAt, deliverAt: createdAt };
      recorded.push({ key, body, notification });
      return { answer: { muted: false, notification }, replayed: false };
    },
    get: (id: string) => recorded.find((made) => made.notification.id === id)?.notification,
  };
}

/** The notifications of the test platform. */
export type NotificationDesk = ReturnType<typeof createNotificationDesk>;
