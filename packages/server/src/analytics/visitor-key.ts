import { createHmac } from 'node:crypto';

/**
 * The key that counts a citizen once per app and day without naming them: an HMAC-SHA-256 of the app and the
 * citizen under the day's random salt, cut to 128 bits. Another app, or another day, gives another key; once the
 * day's salt is deleted, nobody can tell whose key it was.
 */
export const visitorKey = (salt: string, appId: string, citizenId: string): string =>
  createHmac('sha256', salt).update(`${appId}\n${citizenId}`).digest().subarray(0, 16).toString('base64url');
