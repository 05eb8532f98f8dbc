import type { PartnerClient } from '@citadel/node';
import { retryAt, sendOne } from '@citadel-miniapp/backend-kit';
import { LIMITS } from '../limits.js';
import type { RecordedEvent, Reports } from './repository.js';
import type { NotifyState } from './report.js';
import { STATUS_TITLES } from './statuses.js';

/** The key of one status change's notification: the same change can never notify twice. */
export const notificationKey = (event: RecordedEvent): string => `report-${event.code}-${event.status}-${event.id}`;

/**
 * Tells the citizen their report moved on, through the platform (topic `status`, opening
 * `/reports/<code>`), and records the outcome on the status change with when to try again. Never
 * throws: a citizen who has not allowed notifications (`403 NOTIFICATIONS_NOT_GRANTED`), a
 * used-up quota or an unreachable platform is recorded, and the report's change stands. A retry
 * sends with the same idempotency key, so it can never notify twice. The body names only the
 * tracking code: a push can show on a locked screen.
 */
export async function notifyStatus(
  event: RecordedEvent, citadel: PartnerClient | undefined, reports: Reports, tried = 0, now: Date = new Date(),
): Promise<NotifyState> {
  const sent = await sendOne(citadel, {
    to: event.sub,
    topic: 'status',
    title: STATUS_TITLES[event.status],
    body: { vi: `Mã phản ánh ${event.code}. Chạm để xem chi tiết.`, en: `Report ${event.code}. Tap to see it.` },
    path: `/reports/${encodeURIComponent(event.code)}`,
  }, notificationKey(event));
  const again = retryAt(sent.state, tried + 1, now, sent.resetAt, { attempts: LIMITS.notifyAttempts, backoffSeconds: LIMITS.notifyBackoffSeconds });
  await reports.notified(event.id, sent.state, sent.detail, again).catch(() => undefined);
  return sent.state;
}

/** One pass of the retry loop: every notification due again, sent with its own key. Resolves with how many were tried. */
export async function retryNotifications(citadel: PartnerClient | undefined, reports: Reports, now: Date = new Date()): Promise<number> {
  const due = await reports.notificationsDue(LIMITS.notifyRetryBatch);
  for (const event of due) await notifyStatus(event, citadel, reports, event.attempts, now);
  return due.length;
}
