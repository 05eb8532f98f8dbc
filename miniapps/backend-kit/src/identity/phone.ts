import type { IdTokenClaims } from '@citadel/node';

/**
 * What a verified identity token says of the citizen's phone number (docs/sign-in-with-citadel.md, "Linking people to
 * your records"): `missing` when they did not share it, `unverified` when they shared a number they never confirmed
 * with a one-time code (`phone_number_verified` false or absent), `verified` with the number (E.164) otherwise.
 * Link a citizen to records by phone only when it is `verified`.
 */
export type PhoneClaim =
  | { readonly state: 'missing' }
  | { readonly state: 'unverified' }
  | { readonly state: 'verified'; readonly phone: string };

/** The token's phone number and whether the citizen proved they hold it. */
export function phoneClaim(claims: IdTokenClaims): PhoneClaim {
  if (claims.phoneNumber === undefined) return { state: 'missing' };
  // Only `true` counts: a token from before the claim existed says nothing about the number.
  return claims.phoneNumberVerified === true ? { state: 'verified', phone: claims.phoneNumber } : { state: 'unverified' };
}

/**
 * A Vietnamese mobile number in national form (`0900000201`), from what a partner's records hold or what an
 * identity token's `phone_number` carries (the platform writes E.164, `+84900000201`): spaces, dots and dashes
 * dropped. Undefined when it is not a mobile number, so it never matches.
 */
export function nationalPhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  const rest = compact.startsWith('+84') ? compact.slice(3) : compact.startsWith('84') && compact.length === 11 ? compact.slice(2) : compact.startsWith('0') ? compact.slice(1) : undefined;
  return rest !== undefined && /^[35789]\d{8}$/.test(rest) ? `0${rest}` : undefined;
}
