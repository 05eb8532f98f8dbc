import { createHmac } from 'node:crypto';

/** A Standard Webhooks delivery of `event`, signed with `secret` (`whsec_<base64>`), as the platform sends it. */
export function signedWebhook(secret: string, id: string, event: Record<string, unknown>, at = new Date()) {
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { body, headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` } };
}

/** Delivers `event` (`{ type, data }`) to `url` signed with `secret`, as the platform does; resolves with the answer. */
export async function deliverWebhook(url: string, secret: string, id: string, event: { type: string; data: Record<string, unknown> }) {
  const { body, headers } = signedWebhook(secret, id, { ...event, timestamp: new Date().toISOString() });
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as any };
}
