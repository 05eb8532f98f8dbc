import * as z from 'zod/mini';
import { Password, PersonName, Phone } from './accounts.js';

/** Digits in a one-time code. */
export const OTP_LENGTH = 6;
/** A one-time code as the citizen types it: six digits. */
export const OtpCode = z.string().check(z.regex(/^\d{6}$/, 'must be 6 digits'));
/**
 * What a one-time code confirms; a code serves only its own purpose. `sign-up`, `sign-in` (a new device) and
 * `recovery` are public; `phone-change` (to the new number, or the citizen's own to confirm it) and `pin` (to the
 * citizen's own number) need a session.
 */
export const OtpPurpose = z.enum(['sign-up', 'sign-in', 'recovery', 'phone-change', 'pin']);
/** What a one-time code confirms. */
export type OtpPurpose = z.infer<typeof OtpPurpose>;

/** `POST /api/auth/otp`: send a code to `phone` for `purpose`. */
export const OtpBody = z.strictObject({ phone: Phone, purpose: OtpPurpose });
/**
 * A code is on its way, or, where saying otherwise would reveal whether the number has an account, looks as if it
 * were: the same answer for every number.
 */
export const OtpSentAnswer = z.object({ expiresInSeconds: z.int(), resendAfterSeconds: z.int() });
/** `POST /api/auth/register`: the account and the code sent to its number for `sign-up`. */
export const RegisterBody = z.strictObject({ phone: Phone, password: Password, name: PersonName, code: OtpCode });
/**
 * `POST /api/auth/signin`: phone and password; `code` only after the answer asked for one (a device the platform
 * does not know yet). Any password up to 128 characters (a wrong one is `INVALID_CREDENTIALS`).
 */
export const SignInBody = z.strictObject({ phone: Phone, password: z.string().check(z.maxLength(128)), code: z.optional(OtpCode) });
/** The password was right but the device is new: a code went to the number; send it back with the same phone and password. */
export const SignInCodeAnswer = z.object({ step: z.literal('otp'), expiresInSeconds: z.int(), resendAfterSeconds: z.int() });
/** `POST /api/auth/recover`: a `recovery` code and a new password; every other session ends. */
export const RecoverBody = z.strictObject({ phone: Phone, code: OtpCode, password: Password });
/** `POST /api/me/phone`: the new number (or the citizen's own, to confirm it) and its `phone-change` code. */
export const PhoneChangeBody = z.strictObject({ phone: Phone, code: OtpCode });
