import * as z from 'zod/mini';
import { AlertArea } from './alert-draft.js';
import { IsoTime } from './common.js';

/** `GET /api/city`: the city this platform serves, and its wards (the names a citizen may declare). */
export const CityAnswer = z.object({
  city: z.object({
    /** The city's name. */
    name: z.string(),
    /** Every ward of the city, as the city writes them. */
    wards: z.array(z.string()),
  }),
});
/** The city this platform serves. */
export type City = z.infer<typeof CityAnswer>['city'];

/** A ward the citizen declares: one of the city's wards (`GET /api/city`), `null` for none. */
const DeclaredWard = z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(80)));

/** `PUT /api/me/wards`: the home and work wards a citizen declares for alerts. Unverified: nobody checks where they live. */
export const DeclaredWardsBody = z.strictObject({ home: DeclaredWard, work: DeclaredWard });

/** The wards alerts reach a citizen in: the one eID verification vouched for, and the two they declared. */
export const WardsAnswer = z.object({
  wards: z.object({
    /** The ward of their verified identity (`POST /api/me/verification`); `null` until verified. */
    verified: z.nullable(z.string()),
    /** The home ward they declared, unverified; `null` for none. */
    home: z.nullable(z.string()),
    /** The work ward they declared, unverified; `null` for none. */
    work: z.nullable(z.string()),
    /** When they last changed a declared ward; `null` if never. */
    declaredAt: z.nullable(IsoTime),
  }),
});
/** The wards alerts reach a citizen in. */
export type AlertWards = z.infer<typeof WardsAnswer>['wards'];

/** `POST /api/alerts/reach`: the area of a draft, before it is sent. */
export const ReachBody = z.strictObject({ area: AlertArea });
/** How many citizens an alert for that area would reach now (verified and declared wards, shared positions, or everyone). */
export const ReachAnswer = z.object({ reach: z.int().check(z.gte(0)) });
