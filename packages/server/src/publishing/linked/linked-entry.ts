import { isSameSite } from '@citadel/protocol';
import { checkWebhookUrl } from '../../delivery/url-policy.js';
import { refuse, type LinkedOriginRefused } from './refusal.js';

/** An entry URL the platform may fetch, and the origin it stands on. */
export interface LinkedEntry {
  readonly ok: true;
  readonly url: URL;
  readonly origin: string;
}

/**
 * Whether a linked app's entry URL may be linked at all, before any request: the webhook URL
 * policy (`checkWebhookUrl`: `https:` only, plain `http:` only to loopback in development, no
 * private or reserved address literal, no credentials, no fragment), and an origin that is
 * neither the host's own nor on the host's site (docs/security-model.md, "Your app is its
 * origin"), since the host refuses to frame such an app.
 */
export function checkLinkedEntry(entry: string, hostOrigin: string, development: boolean): LinkedEntry | LinkedOriginRefused {
  const verdict = checkWebhookUrl(entry, { development });
  if (!verdict.ok) {
    return refuse('ORIGIN_NOT_ALLOWED', `The entry URL ${entry.slice(0, 200)} cannot be linked: ${verdict.reason}.`, { reason: verdict.reason });
  }
  const { origin } = verdict.url;
  if (origin === hostOrigin || isSameSite(origin, hostOrigin)) {
    return refuse('ORIGIN_NOT_ALLOWED',
      `The origin ${origin} is on the same site as the host ${hostOrigin}; a linked app must be served from a site of its own.`, { origin });
  }
  return { ok: true, url: verdict.url, origin };
}

/** The refusal of an origin whose name resolves to an address the platform must not reach. */
export function addressRefused(url: URL): LinkedOriginRefused {
  return refuse('ORIGIN_NOT_ALLOWED',
    `${url.host} resolves to an address the platform may not reach (private, loopback, link-local or reserved); a linked app must be served from public addresses.`,
    { host: url.host });
}
