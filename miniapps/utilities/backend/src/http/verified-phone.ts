import { authenticateCitizen, phoneClaim, type CitizenAuth } from '@citadel-miniapp/backend-kit';
import { createMiddleware } from 'hono/factory';
import { UtilitiesError } from '../errors.js';

/** What `verifiedPhoneOf` leaves for the route. */
export interface VerifiedPhoneEnv {
  readonly Variables: { readonly sub: string; readonly verifiedPhone: string };
}

/**
 * Middleware for the one route that reads the phone number: an identity token (one nonce) whose
 * `phone_number` the platform says the citizen confirmed, before the body is read. `403
 * PHONE_REQUIRED` without the number, `403 PHONE_UNVERIFIED` for one never confirmed: neither
 * looks at a customer code, so neither tells anything about one.
 */
export function verifiedPhoneOf(auth: CitizenAuth) {
  return createMiddleware<VerifiedPhoneEnv>(async (c, next) => {
    const claims = await authenticateCitizen(c.req.raw, auth.tokens, auth.nonces);
    const phone = phoneClaim(claims);
    if (phone.state === 'missing') throw new UtilitiesError(403, 'PHONE_REQUIRED', 'Share your phone number with this app to prove the account by it', { claim: 'phone' });
    if (phone.state === 'unverified') {
      throw new UtilitiesError(403, 'PHONE_UNVERIFIED', 'Your phone number is not confirmed: confirm it with the one-time code in your Huế-S account page, or prove the account with a bill');
    }
    c.set('sub', claims.sub);
    c.set('verifiedPhone', phone.phone);
    await next();
  });
}
