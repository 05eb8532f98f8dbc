import * as z from 'zod/mini';
import { IsoTime, Text } from './common.js';

/** A phone number as typed; the server normalises it to a Vietnamese mobile number or answers `INVALID_PARAMS`. */
export const Phone = z.string().check(z.minLength(1), z.maxLength(32));
/** A new password: 8 to 128 characters. */
export const Password = z.string().check(z.minLength(8, 'must be at least 8 characters'), z.maxLength(128, 'must be at most 128 characters'));
/** A display name: 1 to 80 characters after trimming. */
export const PersonName = Text(80);
/** A past calendar day, `YYYY-MM-DD`. */
export const PastDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((v) => !Number.isNaN(Date.parse(v)) && Date.parse(v) < Date.now(), 'must be a past date'),
);

/** How sure the platform is of who a citizen is. */
export const VerificationLevel = z.enum(['none', 'basic', 'verified']);
/** How sure the platform is of who a citizen is. */
export type VerificationLevel = z.infer<typeof VerificationLevel>;

/** A platform role beyond citizen, granted by the operator: `authority` publishes official alerts. */
export const Role = z.enum(['authority']);
/** A platform role. */
export type Role = z.infer<typeof Role>;

/** A citizen as the host and the citizen see them. */
export const Citizen = z.object({
  id: z.string(),
  phone: z.string(),
  name: z.string(),
  verificationLevel: VerificationLevel,
  fullName: z.nullable(z.string()),
  dateOfBirth: z.nullable(z.string()),
  ward: z.nullable(z.string()),
  roles: z.readonly(z.array(Role)),
});
/** A citizen as the host and the citizen see them. */
export type Citizen = z.infer<typeof Citizen>;

/** `POST /api/auth/register`. */
export const RegisterBody = z.strictObject({ phone: Phone, password: Password, name: PersonName });
/** `POST /api/auth/signin`: any password up to 128 characters (a wrong one is `INVALID_CREDENTIALS`). */
export const SignInBody = z.strictObject({ phone: Phone, password: z.string().check(z.maxLength(128)) });
/** `POST /api/me/verification`: what the identity provider checks. */
export const VerificationBody = z.strictObject({
  nationalId: z.string().check(z.regex(/^\d{12}$/, 'must be 12 digits')),
  fullName: PersonName,
  dateOfBirth: PastDay,
  ward: PersonName,
});
/** Answers carrying the citizen. */
export const CitizenAnswer = z.object({ citizen: Citizen });

/** One signed-in device, as the citizen's session list shows it. */
export const SessionInfo = z.object({ id: z.string(), userAgent: z.string(), createdAt: IsoTime, lastSeenAt: IsoTime });
/** One signed-in device. */
export type SessionInfo = z.infer<typeof SessionInfo>;
/** `GET /api/sessions`: `current` marks the session of this request. */
export const SessionsAnswer = z.object({ sessions: z.array(z.extend(SessionInfo, { current: z.boolean() })) });
/** `DELETE /api/sessions/:id`. */
export const SessionParams = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/)) });
