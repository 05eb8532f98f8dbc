import { jwtVerify, type JWTPayload } from 'jose';
import { TOKEN_ALGORITHM } from '@citadel/protocol/tokens';
import { toRefusal } from './jose-error.js';
import { keyResolver } from './key-resolver.js';
import type { RefusalFactory } from './token-refusal.js';
import type { PlatformTokenSettings } from './verify-options.js';

/** Platform tokens are a few hundred bytes; refuse anything far larger before parsing it. */
const MAX_TOKEN_LENGTH = 8192;

/** What distinguishes one kind of platform token from another. */
export interface PlatformTokenKind {
  /** The `typ` header it must carry. */
  readonly typ: string;
  /** The claims jose must find before it checks anything else about them. */
  readonly requiredClaims: readonly string[];
  /** Builds the kind's error. */
  readonly refuse: RefusalFactory;
  /** True for the kind's own error class, which passes through unchanged. */
  readonly isOwn: (error: unknown) => boolean;
}

/**
 * The checks every platform-signed token gets, in order: size and shape; `alg` is exactly ES256
 * (pinned, before any key is fetched); the `kid` names a key in the platform's JWKS (fetched
 * once per URL and cached across calls); the signature; `typ`; the required claims; `iss` and
 * `aud`; `nbf` and `exp` with the clock tolerance; `iat` not in the future. Rejects with the
 * kind's error; resolves with the payload, whose claim types the caller still checks.
 */
export async function verifyPlatformJwt(token: string, settings: PlatformTokenSettings, kind: PlatformTokenKind): Promise<JWTPayload> {
  if (typeof token !== 'string' || token === '' || token.length > MAX_TOKEN_LENGTH) {
    throw kind.refuse('MALFORMED', `The token must be a compact JWT of at most ${MAX_TOKEN_LENGTH} characters`);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keyResolver(settings.jwksUrl, kind.refuse), {
      algorithms: [TOKEN_ALGORITHM],
      typ: kind.typ,
      issuer: settings.issuer,
      audience: settings.appId,
      requiredClaims: [...kind.requiredClaims],
      clockTolerance: settings.clockToleranceSeconds,
      currentDate: settings.now,
    }));
  } catch (error) {
    throw toRefusal(error, kind.typ, kind.refuse, kind.isOwn);
  }
  // jose checks that `iat` is a number, not that it has passed.
  const now = Math.floor(settings.now.getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > now + settings.clockToleranceSeconds) {
    throw kind.refuse('NOT_YET_VALID', 'The token was issued in the future ("iat")');
  }
  return payload;
}
