import type { JWTPayload } from 'jose';
import type { RefusalFactory } from './token-refusal.js';

/** Reads typed claims from a verified payload; a claim of the wrong type is refused as `MALFORMED`. */
export interface ClaimReader {
  /** A non-empty string. */
  requiredString(claim: string): string;
  /** A string, or `undefined` when absent. */
  optionalString(claim: string): string | undefined;
  /** `true` or `false`, or `undefined` when absent. */
  optionalBoolean(claim: string): boolean | undefined;
  /** A finite number of seconds. */
  requiredTime(claim: string): number;
  /** A whole number from 1 to `Number.MAX_SAFE_INTEGER` (an amount in VND). */
  positiveWholeNumber(claim: string): number;
  /** `aud` as exactly one string: a token addressed to several parties is not one of ours. */
  singleAudience(): string;
}

/** A `ClaimReader` over `payload` whose refusals are built by `refuse`. */
export function claimReader(payload: JWTPayload, refuse: RefusalFactory): ClaimReader {
  const malformed = (claim: string, expected: string) => refuse('MALFORMED', `The "${claim}" claim must be ${expected}`);
  const requiredString = (claim: string) => {
    const value = payload[claim];
    if (typeof value !== 'string' || value === '') throw malformed(claim, 'a non-empty string');
    return value;
  };
  return {
    requiredString,
    optionalString(claim) {
      const value = payload[claim];
      if (value !== undefined && typeof value !== 'string') throw malformed(claim, 'a string');
      return value;
    },
    optionalBoolean(claim) {
      const value = payload[claim];
      if (value !== undefined && typeof value !== 'boolean') throw malformed(claim, 'true or false');
      return value;
    },
    requiredTime(claim) {
      const value = payload[claim];
      if (typeof value !== 'number' || !Number.isFinite(value)) throw malformed(claim, 'a number of seconds');
      return value;
    },
    positiveWholeNumber(claim) {
      const value = payload[claim];
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw malformed(claim, 'a whole number, 1 or more');
      return value;
    },
    singleAudience() {
      // jose accepts an array that contains the app id; Citadel issues exactly one audience per token.
      if (Array.isArray(payload.aud)) throw refuse('WRONG_AUDIENCE', 'The token is addressed to more than one audience');
      return requiredString('aud');
    },
  };
}
