import { signWebhook, type WebhookSignatureHeaders } from '@citadel/node';

/**
 * Signs one delivery with each of `secrets` (the current one first; during a rotation's overlap, the previous one
 * too): the Standard Webhooks headers, `webhook-signature` listing one `v1,…` per secret, space-separated, so a
 * receiver that knows either secret verifies it.
 */
export function signWithSecrets(secrets: readonly [string, ...string[]], message: { id: string; timestamp: number; body: string }): WebhookSignatureHeaders {
  const signed = secrets.map((secret) => signWebhook({ secret, ...message }));
  return { ...signed[0]!, 'webhook-signature': signed.map((headers) => headers['webhook-signature']).join(' ') };
}
