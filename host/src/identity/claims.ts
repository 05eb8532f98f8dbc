import type { IdentityClaim } from '@citadel/protocol';
import type { Citizen } from '@citadel/protocol/api';
import { formatPhone } from '../shared/format.js';

/** The citizen's value for `claim`, as shown (not sent) in the consent prompt; `null` when the platform has none. */
export function claimValue(citizen: Citizen, claim: IdentityClaim): string | null {
  switch (claim) {
    case 'name': return citizen.name;
    case 'phone': return formatPhone(citizen.phone);
    case 'verificationLevel': return citizen.verificationLevel;
    case 'ward': return citizen.ward;
  }
}

/** `claims` without repeats, in first-seen order. */
export const uniqueClaims = (claims: readonly IdentityClaim[]): IdentityClaim[] => [...new Set(claims)];
