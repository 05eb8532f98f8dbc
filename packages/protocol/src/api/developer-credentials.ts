import * as z from 'zod/mini';
import { AppId } from '../manifest.js';
import { IsoTime } from './common.js';

/**
 * The self-service limits on an app's partner credentials (docs/credentials-and-webhooks.md): at most two active
 * client secrets, so one can be rotated in while the other still works; a secret retired by a rotation keeps working
 * for one day.
 */
export const CREDENTIAL_LIMITS = { activeSecrets: 2, overlapSeconds: 86_400 } as const;

/** A client id as the platform issues them: `ck_` and base64url. */
export const ClientId = z.string().check(z.regex(/^ck_[A-Za-z0-9_-]{1,64}$/));

/** Whether a client secret works: `active` (until `expiresAt`, when it has one), `expired`, or `revoked`. */
export const CredentialState = z.enum(['active', 'expired', 'revoked']);
/** One of `active`, `expired`, `revoked`. */
export type CredentialState = z.infer<typeof CredentialState>;

/** A client id and its secret's state, never the secret or its digest. */
export const Credential = z.object({
  clientId: z.string(),
  state: CredentialState,
  createdAt: IsoTime,
  /** When it stops working (set by a rotation), or stopped; `null`: until revoked. */
  expiresAt: z.nullable(IsoTime),
  revokedAt: z.nullable(IsoTime),
  /** When a request last authenticated with it, to the hour; `null`: never. */
  lastUsedAt: z.nullable(IsoTime),
});
/** A credential of an app. */
export type Credential = z.infer<typeof Credential>;

/** The app's credentials: the active ones first, then the ended ones, newest first, at most 20 in all. */
export const CredentialsAnswer = z.object({ credentials: z.array(Credential) });

/**
 * `POST …/apps/:appId/credentials`: a new client secret. `expireOthers: true` makes it a rotation: the app's other
 * active secret expires `CREDENTIAL_LIMITS.overlapSeconds` later (one day); otherwise both stay active until revoked.
 */
export const CreateCredentialBody = z.strictObject({ expireOthers: z.optional(z.boolean()) });

/** A new credential and its secret (`cs_…`), shown only in this answer. */
export const NewCredentialAnswer = z.object({ credential: Credential, clientSecret: z.string() });

/** One credential. */
export const CredentialAnswer = z.object({ credential: Credential });

/** A path naming one credential of an app. */
export const CredentialPath = z.object({ appId: AppId, clientId: ClientId });
