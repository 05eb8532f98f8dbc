import type { errors } from 'jose';
import type { RefusalFactory, TokenRefusalReason } from './token-refusal.js';

type ClaimFailure = errors.JWTClaimValidationFailed;

const claimReasons: Readonly<Record<string, TokenRefusalReason>> = {
  typ: 'WRONG_TYPE',
  iss: 'WRONG_ISSUER',
  aud: 'WRONG_AUDIENCE',
  nbf: 'NOT_YET_VALID',
  iat: 'NOT_YET_VALID',
};

function fromClaimFailure(error: ClaimFailure, typ: string, refuse: RefusalFactory): Error {
  if (error.reason === 'missing') return refuse('MISSING_CLAIM', `The token has no "${error.claim}" claim`, { cause: error });
  // 'invalid' means the claim has the wrong type (such as a string `nbf`), not a wrong value.
  const reason = error.reason === 'check_failed' ? claimReasons[error.claim] : undefined;
  if (reason === 'WRONG_TYPE') return refuse(reason, `The token header "typ" is not ${typ}`, { cause: error });
  if (reason) return refuse(reason, `The "${error.claim}" claim is not acceptable`, { cause: error });
  return refuse('MALFORMED', `The "${error.claim}" claim is malformed`, { cause: error });
}

/**
 * Maps whatever `jwtVerify` rejected with to the verifier's error, by jose's stable error `code`
 * (not `instanceof`, so a second copy of jose in the tree cannot break the mapping). An error
 * that `isOwn` recognises (thrown by the key lookup, say) passes through unchanged.
 */
export function toRefusal(error: unknown, typ: string, refuse: RefusalFactory, isOwn: (error: unknown) => boolean): Error {
  if (isOwn(error)) return error as Error;
  const code = (error as { code?: unknown } | null)?.code as errors.JOSEErrorCode | undefined;
  switch (code) {
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return refuse('WRONG_ALGORITHM', 'The token is not signed with ES256', { cause: error });
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return refuse('BAD_SIGNATURE', 'The token signature does not verify', { cause: error });
    case 'ERR_JWT_EXPIRED':
      return refuse('EXPIRED', 'The token has expired', { cause: error });
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return fromClaimFailure(error as ClaimFailure, typ, refuse);
    default:
      return refuse('MALFORMED', 'The token is not a well-formed signed JWT', { cause: error });
  }
}
