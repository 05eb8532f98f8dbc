import { ID_TOKEN_MAX_LIFETIME_SECONDS, ID_TOKEN_TYPE, PHONE_NUMBER_VERIFIED_CLAIM } from '@citadel/protocol/tokens';
import type { JwsSigner } from './jws-signer.js';

/** What `signIdToken` signs; each default makes a token `verifyIdToken` accepts. */
export interface SignIdTokenOptions {
  /** The citizen's pairwise id for the app. Default `'pw-test-citizen'`. */
  readonly sub?: string;
  /** The app the token is for. Default: the platform's `appId`. */
  readonly aud?: string;
  /** The nonce your backend issued. Default `'nonce-test-0001'`. */
  readonly nonce?: string;
  /**
   * More claims, merged last, so they may also replace a registered one (`iss`, `exp`, `iat`…) to make a bad token;
   * `undefined` removes one. A `phone_number` comes with `phone_number_verified: true`, as for a confirmed number,
   * unless `claims` sets it (`false`: nobody confirmed it; `undefined`: no such claim).
   */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** The identity token of `options`, issued by `issuer` for `appId` now, living the longest an identity token may (300 s). */
export function signIdToken(signer: JwsSigner, issuer: string, appId: string, options: SignIdTokenOptions = {}): string {
  const iat = Math.floor(Date.now() / 1000);
  const extra = options.claims ?? {};
  const verified = 'phone_number' in extra && !(PHONE_NUMBER_VERIFIED_CLAIM in extra) ? { [PHONE_NUMBER_VERIFIED_CLAIM]: true } : {};
  const claims: Record<string, unknown> = {
    iss: issuer, aud: options.aud ?? appId, sub: options.sub ?? 'pw-test-citizen', iat, exp: iat + ID_TOKEN_MAX_LIFETIME_SECONDS,
    nonce: options.nonce ?? 'nonce-test-0001', ...verified, ...extra,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return signer.sign(ID_TOKEN_TYPE, claims);
}
