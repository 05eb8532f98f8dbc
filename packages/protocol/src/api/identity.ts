import * as z from 'zod/mini';
import { AppId } from '../manifest.js';
import { IdentityClaim } from '../schemas.js';
import { IsoTime } from './common.js';

/** At most every claim, once. */
const Claims = z.array(IdentityClaim).check(z.maxLength(4));

/** A citizen's identity grant to one app; `grantedAt` is null when nothing was ever granted. */
export const IdentityGrant = z.object({ claims: z.array(IdentityClaim), grantedAt: z.nullable(IsoTime) });
/** A citizen's identity grant to one app. */
export type IdentityGrant = z.infer<typeof IdentityGrant>;
/** `PUT /api/identity/grants/:appId`: the claims granted from now on (fewer is a withdrawal). */
export const GrantBody = z.strictObject({ claims: Claims });
/** `POST /api/identity/token`: the app, its nonce and the claims the token carries (each already granted). */
export const TokenBody = z.strictObject({ appId: AppId, nonce: z.string().check(z.minLength(8), z.maxLength(128)), claims: z.optional(Claims) });
/** The signed identity token (ES256 JWT). */
export const TokenAnswer = z.object({ token: z.string() });
/** `GET /api/identity/profile/:appId`: the granted claims' values, for display; not proof of anything. */
export const ProfileAnswer = z.object({ claims: z.record(z.string(), z.string()) });
