import { classifyAddress, isLoopbackHost, parseIpAddress } from '@citadel/protocol';
import { MAX_WEBHOOK_URL_LENGTH } from '@citadel/protocol/api';
import { isDeliverableAddress } from './deliverable-address.js';


/** Whether a webhook URL may be used, and if not, why (a sentence for the partner). */
export type WebhookUrlVerdict = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): WebhookUrlVerdict => ({ ok: false, reason });

/**
 * The static part of the webhook URL policy, decided from the URL alone: `https:` only, except
 * plain `http:` to a loopback host (`localhost`, `*.localhost`, 127.0.0.0/8, `[::1]`) when
 * `development` is true; no user name or password; no fragment; an IP-literal host must be a
 * public address (or loopback in development); a host name must have a dot, or be a localhost
 * name in development. Any port is fine. What a host name resolves to is checked again at each
 * delivery (`createGuardedLookup`), since DNS can change after this check.
 */
export function checkWebhookUrl(text: string, options: { readonly development: boolean }): WebhookUrlVerdict {
  if (typeof text !== 'string' || text.length > MAX_WEBHOOK_URL_LENGTH) return refuse(`The URL must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  if (!URL.canParse(text)) return refuse('The URL is not an absolute URL');
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('The URL must use https:');
  if (url.username !== '' || url.password !== '') return refuse('The URL must not carry a user name or password');
  if (url.hash !== '') return refuse('The URL must not have a fragment');
  const { development } = options;
  const literal = parseIpAddress(url.hostname) !== undefined;
  const kind = literal ? classifyAddress(url.hostname) : undefined;
  const loopback = isLoopbackHost(url.hostname);
  if (loopback && !development) return refuse('The URL must not point at this machine (loopback is allowed only in development)');
  if (literal && !isDeliverableAddress(url.hostname, development) && !loopback) {
    return refuse(`The URL must not point at a ${kind} address`);
  }
  if (!literal && !loopback && !url.hostname.includes('.')) return refuse('The URL host must be a fully qualified domain name');
  if (url.protocol === 'http:' && !loopback) {
    return refuse(development ? 'The URL must use https: (plain http: only to localhost)' : 'The URL must use https:');
  }
  return { ok: true, url };
}
