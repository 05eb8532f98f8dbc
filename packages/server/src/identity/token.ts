import { SignJWT, type CryptoKey } from 'jose';
import type { IdentityClaim } from '@citadel/protocol';
import type { Citizen } from '../accounts/citizens.js';

/** Identity tokens live five minutes at most (RFC 8725 guidance: short-lived bearer tokens). */
export const TOKEN_LIFETIME_SECONDS = 300;
/** The explicit `typ` of identity tokens, so no other JWT can be passed off as one. */
export const ID_TOKEN_TYPE = 'citadel-id+jwt';

/** The token claim each grantable identity claim becomes. */
export const claimValues: Readonly<Record<IdentityClaim, (citizen: Citizen) => [string, string] | undefined>> = {
  name: (c) => ['name', c.fullName ?? c.name],
  phone: (c) => ['phone_number', c.phone],
  verificationLevel: (c) => ['verification_level', c.verificationLevel],
  ward: (c) => (c.ward ? ['ward', c.ward] : undefined),
};

/** The granted claims' values, as token claim names. */
export function grantedClaimValues(citizen: Citizen, claims: readonly IdentityClaim[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const claim of claims) {
    const entry = claimValues[claim](citizen);
    if (entry) out[entry[0]] = entry[1];
  }
  return out;
}

/** Signs one identity token. */
export async function signIdToken(input: {
  key: { kid: string; key: CryptoKey };
  issuer: string;
  appId: string;
  subject: string;
  nonce: string;
  claims: Record<string, string>;
  now?: number;
}): Promise<string> {
  const iat = Math.floor((input.now ?? Date.now()) / 1000);
  return new SignJWT({ ...input.claims, nonce: input.nonce })
    .setProtectedHeader({ alg: 'ES256', kid: input.key.kid, typ: ID_TOKEN_TYPE })
    .setIssuer(input.issuer)
    .setAudience(input.appId)
    .setSubject(input.subject)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
    .sign(input.key.key);
}
