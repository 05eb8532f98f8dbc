import type { VerificationBody, VerificationLevel } from '@citadel/protocol/api';

/** What a citizen submits to be verified: the contract's `POST /api/me/verification` body (CCCD number, name, `YYYY-MM-DD` birth date, ward). */
export type VerificationRequest = VerificationBody;

/** What the provider vouches for. */
export interface VerificationResult {
  readonly level: Exclude<VerificationLevel, 'none'>;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly ward: string;
}

/**
 * An identity-verification provider: the national eID in production, a development provider
 * here. Resolves with what it vouches for, or undefined when it does not recognise the person.
 */
export interface IdentityVerifier {
  verify(request: VerificationRequest): Promise<VerificationResult | undefined>;
}

/**
 * The development provider: it vouches for any well-formed request at level `verified`, except
 * identity numbers ending in `0000`, which it refuses (so the refusal path can be tried).
 * Never configure it in production.
 */
export function createDevelopmentVerifier(): IdentityVerifier {
  return {
    async verify(request) {
      if (request.nationalId.endsWith('0000')) return undefined;
      return { level: 'verified', fullName: request.fullName, dateOfBirth: request.dateOfBirth, ward: request.ward };
    },
  };
}
