import type { IdentityClaim } from '@citadel/protocol';
import type { Timestamp } from '../shared/format.js';

/** How far the platform has verified who a citizen is. */
export type VerificationLevel = 'none' | 'basic' | 'verified';

/** The signed-in citizen, as `GET /api/me` answers. */
export interface Citizen {
  readonly id: string;
  readonly phone: string;
  readonly name: string;
  readonly verificationLevel: VerificationLevel;
  /** `null` until the citizen verified or gave it. */
  readonly ward: string | null;
  /** `YYYY-MM-DD`, or `null` until verified. */
  readonly dateOfBirth: string | null;
  /** Platform roles beyond citizen, such as `authority` (publishes official alerts). Default none. */
  readonly roles: readonly string[];
}

/** One signed-in session of the citizen. */
export interface AccountSession {
  readonly id: string;
  readonly createdAt: Timestamp;
  readonly lastSeenAt: Timestamp;
  /** The browser's user agent when it signed in; `null` when none was sent. */
  readonly userAgent: string | null;
  /** True for the session this page runs in. */
  readonly current: boolean;
}

/** What the citizen has allowed one app to know. */
export interface IdentityGrant {
  readonly claims: readonly IdentityClaim[];
  /** When the grant was last stored; `null` when the citizen never answered for this app. */
  readonly grantedAt: Timestamp | null;
}

/** `POST /api/auth/register`'s body. */
export interface RegisterInput {
  readonly phone: string;
  readonly password: string;
  readonly name: string;
}

/** `POST /api/auth/signin`'s body. */
export interface SignInInput {
  readonly phone: string;
  readonly password: string;
}

/** `POST /api/me/verification`'s body: what the national eID provider checks. */
export interface VerificationInput {
  /** The 12-digit national identity (CCCD) number. */
  readonly nationalId: string;
  readonly fullName: string;
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  readonly ward: string;
}
