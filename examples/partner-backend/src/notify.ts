import { randomUUID } from 'node:crypto';
import { isIdTokenError, isPartnerApiError, verifyIdToken, type PartnerClient } from '@citadel/node';
import type { Answer, TokenSettings } from './hello.js';

/**
 * `POST /notify`: the demo's "send me a notification". The citizen is named by the `sub` of a
 * verified identity token, never by the mini-app's word; the platform checks that they allowed
 * this app to notify them, and counts it against the daily quota.
 */
export async function notifyMe(token: string | undefined, settings: TokenSettings, citadel: PartnerClient): Promise<Answer> {
  if (token === undefined) return { status: 401, body: { code: 'MISSING_TOKEN', message: 'Send Authorization: Bearer <identity token>' } };
  let sub: string;
  try {
    sub = (await verifyIdToken(token, settings)).sub;
  } catch (error) {
    if (!isIdTokenError(error)) throw error;
    return { status: 401, body: error.toJSON() };
  }
  try {
    const event = `demo-${randomUUID()}`;
    const sent = await citadel.notifications.send(
      { to: sub, topic: 'demo', title: 'Thông báo thử', body: 'Bạn nhận được thông báo này từ máy chủ của ứng dụng mẫu.', path: '/notified' },
      { idempotencyKey: event },
    );
    return { status: sent.muted ? 200 : 201, body: sent };
  } catch (error) {
    if (!isPartnerApiError(error)) throw error;
    // NOTIFICATIONS_NOT_GRANTED, QUOTA_EXCEEDED (with its limit and reset time), …: the mini-app shows the code.
    return { status: error.status === 429 ? 429 : 409, body: { code: error.code, message: error.message, ...(error.data ?? {}) } };
  }
}
