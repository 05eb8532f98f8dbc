import type { Outcome } from '@citadel-miniapp/backend-kit';
import type { Text } from '../roster/roster-types.js';

export type { Outcome };

/** A class announcement as guardians and the teacher read it. */
export interface Announcement {
  /** `TB-` and eight letters or digits. */
  readonly id: string;
  readonly classId: string;
  readonly className: string;
  readonly schoolName: Text;
  readonly teacher: string;
  readonly title: string;
  readonly body: string;
  readonly createdAt: string;
}

/**
 * Where one announcement's notifications went, for the teacher: a count per outcome over the
 * linked guardians, and `unlinked`, the registered guardians who have not opened the app yet
 * (the school knows their number, the platform does not know them as this app's users).
 */
export interface DeliverySummary {
  readonly recipients: number;
  readonly counts: Readonly<Record<Outcome | 'pending', number>>;
  readonly unlinked: number;
}

export interface AnnouncementWithDelivery extends Announcement {
  readonly delivery: DeliverySummary;
}
