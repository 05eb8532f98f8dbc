import { SignJWT, type CryptoKey } from 'jose';
import type { IdentityClaim } from '@citadel/protocol';
import {
  ID_TOKEN_MAX_LIFETIME_SECONDS, ID_TOKEN_TYPE, IDENTITY_CLAIM_NAMES, PHONE_NUMBER_VERIFIED_CLAIM, TOKEN_ALGORITHM,
} from '@citadel/protocol/tokens';
import type { Citizen } from '@citadel/protocol/api';

/** The value each grantable identity claim takes for a citizen; `undefined` when the citizen has none. */
const claimValues: Readonly<Record<IdentityClaim, (citizen: Citizen) => string | undefined>> = {
  name: (c) => c.fullName ?? c.name,
  phone: (c) => c.phone,
  verificationLevel: (c) => c.verificationLevel,
  ward: (c) => c.ward ?? undefined,
};

/** The granted claims' values, as token claim names. */
export function grantedClaimValues(citizen: Citizen, claims: readonly IdentityClaim[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const claim of claims) {
    const value = claimValues[claim](citizen);
    if (value !== undefined) out[IDENTITY_CLAIM_NAMES[claim]] = value;
  }
  return out;
}

/**
 * The claims of an identity token: the granted values, and with `phone_number` always `phone_number_verified`
 * (true only when the citizen confirmed the number with a code), so a partner never has to guess.
 */
export function tokenClaims(citizen: Citizen, claims: readonly IdentityClaim[]): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = grantedClaimValues(citizen, claims);
  if (IDENTITY_CLAIM_NAMES.phone in values) values[PHONE_NUMBER_VERIFIED_CLAIM] = citizen.phoneVerified;
  return values;
}

/** Signs one identity token. */
export async function signIdToken(input: {
  key: { kid: string; key: CryptoKey };
  issuer: string;
  appId: string;
  subject: string;
  nonce: string;
  claims: Record<string, string | boolean>;
  now?: number;
}): Promise<string> {
  const iat = Math.floor((input.now ?? Date.now()) / 1000);
  return new SignJWT({ ...input.claims, nonce: input.nonce })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: input.key.kid, typ: ID_TOKEN_TYPE })
    .setIssuer(input.issuer)
    .setAudience(input.appId)
    .setSubject(input.subject)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ID_TOKEN_MAX_LIFETIME_SECONDS)
    .sign(input.key.key);
}
