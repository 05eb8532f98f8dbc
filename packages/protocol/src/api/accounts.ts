import * as z from 'zod/mini';
import { IsoTime, Text } from './common.js';

/** A phone number as typed; the server normalises it to a Vietnamese mobile number or answers `INVALID_PARAMS`. */
export const Phone = z.string().check(z.minLength(1), z.maxLength(32));
/** Shortest new password, in UTF-16 code units (what `String.length` and an input's `maxlength` count). */
export const PASSWORD_MIN = 8;
/** Longest password, in UTF-16 code units. */
export const PASSWORD_MAX = 128;
/** Longest display name (and ward), in UTF-16 code units after trimming. */
export const NAME_MAX = 80;
/** A new password: `PASSWORD_MIN` to `PASSWORD_MAX` characters. */
export const Password = z.string().check(z.minLength(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`), z.maxLength(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`));
/** A display name: 1 to `NAME_MAX` characters after trimming. */
export const PersonName = Text(NAME_MAX);
/** Whether `v` (`YYYY-MM-DD`) names a real day: `Date.parse` rolls 2000-02-31 over to March, PostgreSQL refuses it. */
const realDay = (v: string): boolean => {
  const time = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v;
};
/** A past calendar day from 1900 on, `YYYY-MM-DD`. */
export const PastDay = z.string().check(
  z.regex(/^(19|20)\d{2}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD from 1900 on'),
  z.refine((v) => realDay(v) && Date.parse(v) < Date.now(), 'must be a real past date'),
);

/** How sure the platform is of who a citizen is. */
export const VerificationLevel = z.enum(['none', 'basic', 'verified']);
/** How sure the platform is of who a citizen is. */
export type VerificationLevel = z.infer<typeof VerificationLevel>;

/**
 * A platform role beyond citizen, granted by the operator: `authority` publishes official alerts; `reviewer` decides on
 * app versions in review; `operator` holds the kill switch in the developer console.
 */
export const Role = z.enum(['authority', 'reviewer', 'operator']);
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
  /** Whether the citizen confirmed `phone` with a one-time code sent to it; accounts from before codes are false. */
  phoneVerified: z.boolean(),
});
/** A citizen as the host and the citizen see them. */
export type Citizen = z.infer<typeof Citizen>;

/** `POST /api/me/verification`: what the identity provider checks. */
export const VerificationBody = z.strictObject({
  nationalId: z.string().check(z.regex(/^\d{12}$/, 'must be 12 digits')),
  fullName: PersonName,
  dateOfBirth: PastDay,
  ward: PersonName,
});
/** The verification request, as the server's identity verifier receives it. */
export type VerificationBody = z.infer<typeof VerificationBody>;
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
