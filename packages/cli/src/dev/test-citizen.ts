import type { IdentityClaim } from '@citadel/protocol';

/**
 * The one citizen `citadel dev` signs in: their pairwise id for the app (the `sub` of every token, payment and
 * webhook) and the value of each claim an app may ask for. Invented, so a token shows at a glance it came from
 * the simulator.
 */
export const devCitizen = {
  sub: 'pw-dev-citizen',
  claims: {
    name: 'Nguyễn Thị Thử',
    phone: '+84900000001',
    verificationLevel: 'verified',
    ward: 'Phường Bến Nghé',
  },
} as const satisfies { sub: string; claims: Readonly<Record<IdentityClaim, string>> };
