import type { VerificationLevel } from '@citadel/protocol/api';

/** What a citizen submits to be verified. */
export interface VerificationRequest {
  /** The 12-digit citizen identity number (CCCD). */
  readonly nationalId: string;
  readonly fullName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  readonly ward: string;
}

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
