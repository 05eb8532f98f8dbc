import { isPartnerApiError, type PartnerClient, type SendNotificationInput } from '@citadel/node';
import type { Outcome } from './outcome.js';

export type { Outcome };

/** What the platform answered for one send. */
export interface Sent {
  readonly state: Outcome;
  readonly detail: string | null;
  /** With `quota`: when the citizen's daily quota resets (the platform's `resetAt`). */
  readonly resetAt?: unknown;
}

/** Sends one notification under `key` through the partner API; never throws: every outcome is an answer the caller records. */
export async function sendOne(citadel: PartnerClient | undefined, input: SendNotificationInput, key: string): Promise<Sent> {
  if (!citadel) return { state: 'skipped', detail: 'no partner credentials yet' };
  try {
    const sent = await citadel.notifications.send(input, { idempotencyKey: key });
    return sent.muted ? { state: 'muted', detail: null } : { state: 'sent', detail: sent.notification.id };
  } catch (error) {
    if (!isPartnerApiError(error)) return { state: 'failed', detail: String(error) };
    const state: Outcome = error.code === 'NOTIFICATIONS_NOT_GRANTED' ? 'not_granted' : error.code === 'QUOTA_EXCEEDED' ? 'quota' : 'failed';
    return { state, detail: `${error.code}: ${error.message}`, resetAt: error.data?.['resetAt'] };
  }
}
