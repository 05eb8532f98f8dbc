import type { JWTPayload } from 'jose';
import { IdTokenError } from './id-token-error.js';

/** How far the platform verified the citizen's identity. */
export type VerificationLevel = 'none' | 'basic' | 'verified';

const levels: ReadonlySet<string> = new Set<VerificationLevel>(['none', 'basic', 'verified']);

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
  /** How far the platform verified the citizen (`verification_level` claim). */
  readonly verificationLevel?: VerificationLevel;
  /** The citizen's ward (`ward` claim). */
  readonly ward?: string;
}

const malformed = (claim: string, expected: string) =>
  new IdTokenError('MALFORMED', `The "${claim}" claim must be ${expected}`);

function requiredString(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value === '') throw malformed(claim, 'a non-empty string');
  return value;
}

function requiredTime(payload: JWTPayload, claim: string): number {
  const value = payload[claim];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw malformed(claim, 'a number of seconds');
  return value;
}

function optionalString(payload: JWTPayload, claim: string): string | undefined {
  const value = payload[claim];
  if (value !== undefined && typeof value !== 'string') throw malformed(claim, 'a string');
  return value;
}

function optionalLevel(payload: JWTPayload): VerificationLevel | undefined {
  const value = payload['verification_level'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !levels.has(value)) throw malformed('verification_level', 'none, basic or verified');
  return value as VerificationLevel;
}

function singleAudience(payload: JWTPayload): string {
  // jose accepts an array that contains the app id; Citadel issues exactly one audience per
  // token, so a token addressed to several parties is not one of ours.
  if (Array.isArray(payload.aud)) throw new IdTokenError('WRONG_AUDIENCE', 'The token is addressed to more than one audience');
  return requiredString(payload, 'aud');
}

/**
 * Reads the claims of a payload whose signature, issuer and audience were already checked,
 * checking each claim's type. Throws `IdTokenError` `MALFORMED` on a wrong type.
 */
export function readClaims(payload: JWTPayload): IdTokenClaims {
  const name = optionalString(payload, 'name');
  const phoneNumber = optionalString(payload, 'phone_number');
  const verificationLevel = optionalLevel(payload);
  const ward = optionalString(payload, 'ward');
  return {
    sub: requiredString(payload, 'sub'),
    aud: singleAudience(payload),
    iss: requiredString(payload, 'iss'),
    iat: requiredTime(payload, 'iat'),
    exp: requiredTime(payload, 'exp'),
    nonce: requiredString(payload, 'nonce'),
    ...(name === undefined ? {} : { name }),
    ...(phoneNumber === undefined ? {} : { phoneNumber }),
    ...(verificationLevel === undefined ? {} : { verificationLevel }),
    ...(ward === undefined ? {} : { ward }),
  };
}
