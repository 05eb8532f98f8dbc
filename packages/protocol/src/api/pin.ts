import * as z from 'zod/mini';
import { PasskeyStepUp } from './passkeys.js';
import { OtpCode } from './phone-codes.js';

/** A payment PIN: six digits. */
export const Pin = z.string().check(z.regex(/^\d{6}$/, 'must be 6 digits'));
/** Wrong PINs in a row before the PIN locks; only a new PIN set through a one-time code unlocks it. */
export const PIN_TRIES = 5;
/** Longest anti-phishing phrase, in UTF-16 code units after trimming. */
export const ANTI_PHISHING_MAX = 40;
/** The citizen's anti-phishing words: a short phrase of their own, shown only in the host's payment sheet. */
export const AntiPhishingWords = z.string().check(
  z.trim(), z.minLength(3, 'must be at least 3 characters'), z.maxLength(ANTI_PHISHING_MAX, `must be at most ${ANTI_PHISHING_MAX} characters`),
);
/** `GET /api/me/pin`: whether a PIN is set or locked, and the citizen's anti-phishing words (null before set-up). */
export const PinStatus = z.object({ set: z.boolean(), locked: z.boolean(), words: z.nullable(z.string()) });
/** The PIN's state. */
export type PinStatus = z.infer<typeof PinStatus>;
/** `PUT /api/me/pin`: sets or resets the PIN, after a `pin` code sent to the citizen's own number. */
export const PinBody = z.strictObject({ code: OtpCode, pin: Pin, words: AntiPhishingWords });

/** Step-up with the payment PIN. */
export const PinStepUp = z.strictObject({ method: z.literal('pin'), pin: Pin });
/** How the citizen confirms a payment, told apart by `method`: `pin`, the payment PIN; `passkey`, an assertion answering the order's challenge. */
export const StepUp = z.discriminatedUnion('method', [PinStepUp, PasskeyStepUp]);
/** How the citizen confirms a payment. */
export type StepUp = z.infer<typeof StepUp>;
