import { positive } from '../../delivery/loop.js';
import { systemResolve, type ResolveHost } from '../../delivery/guarded-lookup.js';
import { checkEntryFraming } from './entry-framing.js';
import { checkLinkedEntry } from './linked-entry.js';
import { checkOwnershipProof } from './ownership-proof.js';
import type { LinkedOriginVerdict } from './refusal.js';

/** What to verify: an app, the entry URL on the origin it wants linked, and the token the platform issued it. */
export interface LinkedOriginClaim {
  /** The app's id, which the proof file must name. */
  readonly appId: string;
  /** The app's entry page, a URL on the origin to verify; the host frames this URL. */
  readonly entry: string;
  /** The verification token issued to the app (`newVerificationToken`), which the proof file must hold. */
  readonly token: string;
  /** The host's exact serialised origin (`https://city.example.vn`), the one origin that may frame the app. */
  readonly hostOrigin: string;
  /** Allows plain `http:` to a loopback host (a partner's app on this machine). Say `false` in production. */
  readonly development: boolean;
}

/** Options of `verifyLinkedOrigin`. */
export interface VerifyLinkedOriginOptions {
  /** How long each of the two requests may take, its body included, in milliseconds. Default 5000. */
  readonly timeoutMs?: number;
  /** Resolves host names. Default: the system resolver. Every address is checked either way. */
  readonly resolve?: ResolveHost;
}

/** The default of `VerifyLinkedOriginOptions.timeoutMs`. */
export const DEFAULT_LINKED_TIMEOUT_MS = 5000;

/**
 * Verifies that a partner may have its app framed from its own origin (issue 14), in this
 * order, stopping at the first refusal:
 * 1. the entry URL may be linked at all (`ORIGIN_NOT_ALLOWED`): the webhook URL policy, and not
 *    on the host's own site;
 * 2. the origin proves ownership: `<origin>/.well-known/citadel-app.json` answers 200,
 *    `application/json`, at most 16 KiB, strict JSON `{ "appId", "token" }` naming this app
 *    and its token (`WELL_KNOWN_UNREACHABLE`, `WELL_KNOWN_INVALID`, `TOKEN_MISMATCH`);
 * 3. the entry page answers 200 and lets only the host frame it, with
 *    `Content-Security-Policy: frame-ancestors <host origin>` (`ENTRY_UNREACHABLE`, `FRAMING_NOT_LIMITED`).
 * Both requests are GETs that never reach into the platform's network (every resolved address
 * checked, as for webhooks), follow no redirect and take at most `timeoutMs` each. Resolves with
 * the verified origin or a refusal; rejects only with a `TypeError` when `hostOrigin` is not a
 * serialised http(s) origin or `timeoutMs` is not a positive number.
 */
export async function verifyLinkedOrigin(claim: LinkedOriginClaim, options: VerifyLinkedOriginOptions = {}): Promise<LinkedOriginVerdict> {
  const { hostOrigin, development } = claim;
  if (!URL.canParse(hostOrigin) || new URL(hostOrigin).origin !== hostOrigin || !/^https?:$/.test(new URL(hostOrigin).protocol)) {
    throw new TypeError(`hostOrigin must be a serialised http(s) origin such as https://city.example.vn, not ${hostOrigin}`);
  }
  const settings = {
    timeoutMs: positive('timeoutMs', options.timeoutMs ?? DEFAULT_LINKED_TIMEOUT_MS),
    development,
    resolve: options.resolve ?? systemResolve,
  };
  const entry = checkLinkedEntry(claim.entry, hostOrigin, development);
  if (!entry.ok) return entry;
  const ownership = await checkOwnershipProof({ origin: entry.origin, appId: claim.appId, token: claim.token }, settings);
  if (ownership) return ownership;
  const framing = await checkEntryFraming(entry.url, hostOrigin, settings);
  if (framing) return framing;
  return { ok: true, origin: entry.origin };
}
