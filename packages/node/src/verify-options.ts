import type { ReplayStore } from './replay-store.js';
import { parsePlatformOrigin, parseSecureUrl } from './secure-url.js';

/** Options every verification of a platform-signed token takes (`verifyIdToken`, `verifyReceipt`). */
export interface PlatformTokenOptions {
  /** Your app id, as in your manifest. The token's `aud` must equal it. Required. */
  readonly appId: string;
  /**
   * The platform origin the token's `iss` must equal, such as `https://hue-s.example.vn`
   * (`http://localhost:8080` in development). Required; an origin, without a trailing slash.
   */
  readonly issuer: string;
  /** Where the platform publishes its signing keys. Default: `` `${issuer}/.well-known/jwks.json` ``. */
  readonly jwksUrl?: string;
  /** Clock skew allowed when checking `exp`, `iat` and `nbf`, in seconds. Default: 5. */
  readonly clockToleranceSeconds?: number;
  /** The time to verify the token at. Default: the current time. */
  readonly now?: Date;
}

/** Options of `verifyIdToken`. */
export interface VerifyIdTokenOptions extends PlatformTokenOptions {
  /**
   * The nonce your backend issued for this sign-in. When given, the token's `nonce` must equal it.
   * Default: not compared (the claim must still be present).
   */
  readonly nonce?: string;
  /**
   * Refuses a token whose nonce was already accepted (`REPLAYED`), for as long as the token lives:
   * `createMemoryReplayStore()`, or your own `ReplayStore` shared by your processes. Default: none.
   */
  readonly replayStore?: ReplayStore;
}

/** Common options with their defaults applied and checked. */
export interface PlatformTokenSettings {
  readonly appId: string;
  readonly issuer: string;
  readonly jwksUrl: URL;
  readonly clockToleranceSeconds: number;
  readonly now: Date;
}

/** `verifyIdToken`'s options with their defaults applied and checked. */
export interface VerifySettings extends PlatformTokenSettings {
  readonly nonce: string | undefined;
  readonly replayStore: ReplayStore | undefined;
}

/** The default of `clockToleranceSeconds`. */
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Applies the defaults and checks the common options; `caller` names the function in messages.
 * Throws `TypeError` on a misconfiguration: that is a programming error, kept apart from a bad
 * token so a backend does not answer 401 for it.
 */
export function resolvePlatformTokenOptions(options: PlatformTokenOptions, caller: string): PlatformTokenSettings {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${caller} needs options { appId, issuer }`);
  const { appId, issuer, now = new Date(), clockToleranceSeconds = DEFAULT_CLOCK_TOLERANCE_SECONDS } = options;
  if (typeof appId !== 'string' || appId === '') throw new TypeError('appId must be your app id');
  const origin = parsePlatformOrigin(issuer, 'issuer');
  // `iss` is compared as a string, so `https://x/` would refuse every token: ask for the exact origin.
  if (origin.origin !== issuer) throw new TypeError(`issuer must be exactly the origin ${origin.origin}, without a trailing slash`);
  const jwksUrl = parseSecureUrl(options.jwksUrl ?? `${issuer}/.well-known/jwks.json`, 'jwksUrl');
  if (typeof clockToleranceSeconds !== 'number' || !Number.isFinite(clockToleranceSeconds) || clockToleranceSeconds < 0) {
    throw new TypeError('clockToleranceSeconds must be a number of seconds, 0 or more');
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('now must be a valid Date');
  return { appId, issuer, jwksUrl, clockToleranceSeconds, now };
}

/** Applies the defaults and checks `verifyIdToken`'s options. Throws `TypeError` on a misconfiguration. */
export function resolveVerifyOptions(options: VerifyIdTokenOptions): VerifySettings {
  const settings = resolvePlatformTokenOptions(options, 'verifyIdToken');
  const { nonce } = options;
  if (nonce !== undefined && (typeof nonce !== 'string' || nonce === '')) throw new TypeError('nonce must be a non-empty string when given');
  const { replayStore } = options;
  if (replayStore !== undefined && typeof replayStore?.remember !== 'function') throw new TypeError('replayStore must have a remember(key, expiresAt) method');
  return { ...settings, nonce, replayStore };
}
