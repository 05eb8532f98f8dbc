import { isIdTokenError, verifyIdToken, type IdTokenClaims, type VerificationLevel } from '@citadel/node';

/** What `GET /hello` answers a verified citizen. */
export interface HelloAnswer {
  readonly greeting: string;
  /** The citizen's pairwise id for this app: the key a real backend stores their data under. */
  readonly sub: string;
  /** `null` when the citizen did not grant it. */
  readonly verificationLevel: VerificationLevel | null;
}

/** An HTTP answer: status and JSON body, plus headers. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Where tokens come from and who they must be for. */
export interface TokenSettings {
  readonly issuer: string;
  readonly appId: string;
  readonly jwksUrl?: string;
}

const greet = (claims: IdTokenClaims): HelloAnswer => ({
  greeting: claims.name === undefined ? 'Xin chào!' : `Xin chào, ${claims.name}!`,
  sub: claims.sub,
  verificationLevel: claims.verificationLevel ?? null,
});

const challenge = { 'www-authenticate': 'Bearer error="invalid_token"' };

/** Verifies the citizen's identity token and greets them; a refused token is a 401 naming the reason. */
export async function hello(token: string | undefined, settings: TokenSettings): Promise<Answer> {
  if (token === undefined) {
    return { status: 401, body: { code: 'MISSING_TOKEN', message: 'Send Authorization: Bearer <identity token>' }, headers: { 'www-authenticate': 'Bearer' } };
  }
  try {
    return { status: 200, body: greet(await verifyIdToken(token, settings)) };
  } catch (error) {
    if (!isIdTokenError(error)) throw error;
    // The platform's keys could not be fetched: the token may be fine, so this is not a 401.
    if (error.reason === 'JWKS_UNAVAILABLE') return { status: 503, body: error.toJSON() };
    return { status: 401, body: error.toJSON(), headers: challenge };
  }
}
