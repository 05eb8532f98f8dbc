import { isPartnerApiError, type PartnerClient } from '@citadel/node';
import { LIMITS } from '../limits.js';
import type { RecordedEvent, Reports } from './repository.js';
import type { NotifyState } from './report.js';
import { STATUS_TITLES } from './statuses.js';

/** The key of one status change's notification: the same change can never notify twice. */
export const notificationKey = (event: RecordedEvent): string => `report-${event.code}-${event.status}-${event.id}`;

/**
 * When to try a send again after its `attempts`-th try ended in `state`, or null for never: a
 * failure or missing credentials after a doubling wait, a used-up quota when it resets; a
 * citizen who did not allow notifications, or muted them, is not asked again.
 */
export function retryAt(state: NotifyState, attempts: number, now: Date, resetAt?: unknown): Date | null {
  if (attempts >= LIMITS.notifyAttempts) return null;
  if (state === 'failed' || state === 'skipped') return new Date(now.getTime() + LIMITS.notifyBackoffSeconds * 1000 * 2 ** (attempts - 1));
  if (state === 'quota') {
    const reset = typeof resetAt === 'string' ? new Date(resetAt) : undefined;
    return reset && !Number.isNaN(reset.getTime()) ? reset : new Date(now.getTime() + 3_600_000);
  }
  return null;
}

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
  let state: NotifyState;
  let detail: string | null = null;
  let resetAt: unknown;
  if (!citadel) {
    state = 'skipped';
    detail = 'no partner credentials yet';
  } else {
    try {
      const sent = await citadel.notifications.send(
        {
          to: event.sub,
          topic: 'status',
          title: STATUS_TITLES[event.status],
          body: { vi: `Mã phản ánh ${event.code}. Chạm để xem chi tiết.`, en: `Report ${event.code}. Tap to see it.` },
          path: `/reports/${encodeURIComponent(event.code)}`,
        },
        { idempotencyKey: notificationKey(event) },
      );
      state = sent.muted ? 'muted' : 'sent';
      detail = sent.notification?.id ?? null;
    } catch (error) {
      if (!isPartnerApiError(error)) {
        state = 'failed';
        detail = String(error);
      } else {
        state = error.code === 'NOTIFICATIONS_NOT_GRANTED' ? 'not_granted' : error.code === 'QUOTA_EXCEEDED' ? 'quota' : 'failed';
        detail = `${error.code}: ${error.message}`;
        resetAt = error.data?.['resetAt'];
      }
    }
  }
  await reports.notified(event.id, state, detail, retryAt(state, tried + 1, now, resetAt)).catch(() => undefined);
  return state;
}

/** One pass of the retry loop: every notification due again, sent with its own key. Resolves with how many were tried. */
export async function retryNotifications(citadel: PartnerClient | undefined, reports: Reports, now: Date = new Date()): Promise<number> {
  const due = await reports.notificationsDue(LIMITS.notifyRetryBatch);
  for (const event of due) await notifyStatus(event, citadel, reports, event.attempts, now);
  return due.length;
}
