import type { JWTPayload } from 'jose';
import { IDENTITY_CLAIM_NAMES as CLAIM, PHONE_NUMBER_VERIFIED_CLAIM, VERIFICATION_LEVELS, type VerificationLevel } from '@citadel/protocol/tokens';
import { claimReader } from './claim-reader.js';
import { IdTokenError, refuseIdToken } from './id-token-error.js';

export type { VerificationLevel };

const levels: ReadonlySet<unknown> = new Set(VERIFICATION_LEVELS);

/** The claims of a verified identity token, in camelCase. Optional members are present only when the citizen granted them. */
export interface IdTokenClaims {
  /** The citizen's pairwise id for your app: stable for your app, different in every other app. Use it as your user key. */
  readonly sub: string;
  /** Your app id. */
  readonly aud: string;
  /** The platform origin that issued the token. */
  readonly iss: string;
  /** Issued at, in seconds since the epoch. */
  readonly iat: number;
  /** Expiry, in seconds since the epoch; at most 300 seconds after `iat`. */
  readonly exp: number;
  /** The nonce the mini-app passed to `identity.getToken`. */
  readonly nonce: string;
  /** The citizen's name (`name` claim). */
  readonly name?: string;
  /** The citizen's phone number (`phone_number` claim). */
  readonly phoneNumber?: string;
  /**
   * Whether the citizen confirmed `phoneNumber` with a one-time code sent to it (`phone_number_verified` claim,
   * OpenID Connect): the platform sends it with every `phone_number`. Link a citizen to your records by phone only
   * when it is `true`; absent (a token without it) counts as not verified.
   */
  readonly phoneNumberVerified?: boolean;
  /** How far the platform verified the citizen (`verification_level` claim). */
  readonly verificationLevel?: VerificationLevel;
  /** The citizen's ward (`ward` claim). */
  readonly ward?: string;
}

function optionalLevel(payload: JWTPayload): VerificationLevel | undefined {
  const value = payload[CLAIM.verificationLevel];
  if (value === undefined) return undefined;
  if (!levels.has(value)) {
    throw new IdTokenError('MALFORMED', `The "${CLAIM.verificationLevel}" claim must be ${VERIFICATION_LEVELS.join(', ')}`);
  }
  return value as VerificationLevel;
}

/**
 * Reads the claims of a payload whose signature, issuer and audience were already checked,
 * checking each claim's type. Throws `IdTokenError` `MALFORMED` on a wrong type.
 */
export function readClaims(payload: JWTPayload): IdTokenClaims {
  const read = claimReader(payload, refuseIdToken);
  const name = read.optionalString(CLAIM.name);
  const phoneNumber = read.optionalString(CLAIM.phone);
  const phoneNumberVerified = read.optionalBoolean(PHONE_NUMBER_VERIFIED_CLAIM);
  const verificationLevel = optionalLevel(payload);
  const ward = read.optionalString(CLAIM.ward);
  return {
    sub: read.requiredString('sub'),
    aud: read.singleAudience(),
    iss: read.requiredString('iss'),
    iat: read.requiredTime('iat'),
    exp: read.requiredTime('exp'),
    nonce: read.requiredString('nonce'),
    ...(name === undefined ? {} : { name }),
    ...(phoneNumber === undefined ? {} : { phoneNumber }),
    ...(phoneNumberVerified === undefined ? {} : { phoneNumberVerified }),
    ...(verificationLevel === undefined ? {} : { verificationLevel }),
    ...(ward === undefined ? {} : { ward }),
  };
}
