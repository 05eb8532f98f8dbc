import type { IncomingMessage } from 'node:http';
import { isWebhookVerificationError, verifyWebhook, type Access, type PartnerAccess, type WebhookEvent } from '@citadel/node';
import { HttpError } from '../http-error.js';
import { readRawBody } from './body.js';

/** The partner credentials, or `503 CREDENTIALS_MISSING` (retry in a second) while the platform has not issued them yet. */
export async function requireAccess(access: PartnerAccess): Promise<Access> {
  const current = await access.current();
  if (!current) throw new HttpError(503, 'CREDENTIALS_MISSING', 'Not connected to the platform yet', {}, { 'retry-after': '1' });
  return current;
}

/** Bytes of a webhook body this backend reads. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

/**
 * A platform webhook whose signature checks out over its raw body (Standard Webhooks), or
 * `400` with the reason as the code (`SIGNATURE_MISMATCH`, `TIMESTAMP_TOO_OLD`, …).
 */
export async function readVerifiedWebhook(request: IncomingMessage, access: PartnerAccess): Promise<WebhookEvent> {
  const { webhookSecret } = await requireAccess(access);
  const body = await readRawBody(request, WEBHOOK_BODY_LIMIT);
  try {
    return await verifyWebhook({ secret: webhookSecret, headers: request.headers, body });
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    throw new HttpError(400, error.reason, error.message);
  }
}
