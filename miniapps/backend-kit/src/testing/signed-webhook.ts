import { signWebhook } from '@citadel/node';

/** A Standard Webhooks delivery of `event`, signed with `secret` (`whsec_<base64>`) by the platform's own signer. */
export function signedWebhook(secret: string, id: string, event: Record<string, unknown>, at = new Date()) {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(at.getTime() / 1000);
  return { body, headers: { 'content-type': 'application/json', ...signWebhook({ secret, id, timestamp, body }) } };
}

/** Delivers `event` (`{ type, data }`) to `url` signed with `secret`, as the platform does; resolves with the answer. */
export async function deliverWebhook(url: string, secret: string, id: string, event: { type: string; data: Record<string, unknown> }) {
  const { body, headers } = signedWebhook(secret, id, { ...event, timestamp: new Date().toISOString() });
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as any };
}
