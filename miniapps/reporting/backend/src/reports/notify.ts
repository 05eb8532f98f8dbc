import { isPartnerApiError, type PartnerClient } from '@citadel/node';
import type { RecordedEvent, Reports } from './repository.js';
import type { NotifyState } from './report.js';
import { STATUS_TITLES } from './statuses.js';

/** The key of one status change's notification: the same change can never notify twice. */
export const notificationKey = (event: RecordedEvent): string => `report-${event.code}-${event.status}-${event.id}`;

/**
 * Tells the citizen their report moved on, through the platform (topic `status`, opening
 * `/reports/<code>`), and records the outcome on the status change. Never throws: a citizen who
 * has not allowed notifications (`403 NOTIFICATIONS_NOT_GRANTED`), a used-up quota or an
 * unreachable platform is recorded, and the report's change stands. The body names only the
 * tracking code: a push can show on a locked screen.
 */
export async function notifyStatus(event: RecordedEvent, citadel: PartnerClient | undefined, reports: Reports): Promise<NotifyState> {
  let state: NotifyState;
  let detail: string | null = null;
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
      }
    }
  }
  await reports.notified(event.id, state, detail).catch(() => undefined);
  return state;
}
