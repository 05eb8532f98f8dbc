import type { errors } from 'jose';
import { IdTokenError, type IdTokenErrorReason } from './id-token-error.js';

type ClaimFailure = errors.JWTClaimValidationFailed;

const claimReasons: Readonly<Record<string, IdTokenErrorReason>> = {
  typ: 'WRONG_TYPE',
  iss: 'WRONG_ISSUER',
  aud: 'WRONG_AUDIENCE',
  nbf: 'NOT_YET_VALID',
  iat: 'NOT_YET_VALID',
};

function fromClaimFailure(error: ClaimFailure): IdTokenError {
  if (error.reason === 'missing') {
    return new IdTokenError('MISSING_CLAIM', `The token has no "${error.claim}" claim`, { cause: error });
  }
  // 'invalid' means the claim has the wrong type (such as a string `nbf`), not a wrong value.
  const reason = error.reason === 'check_failed' ? claimReasons[error.claim] : undefined;
  if (reason === 'WRONG_TYPE') return new IdTokenError(reason, 'The token header "typ" is not citadel-id+jwt', { cause: error });
  if (reason) return new IdTokenError(reason, `The "${error.claim}" claim is not acceptable`, { cause: error });
  return new IdTokenError('MALFORMED', `The "${error.claim}" claim is malformed`, { cause: error });
}

/**
 * Maps whatever `jwtVerify` rejected with to an `IdTokenError`, by jose's stable error `code`
 * (not `instanceof`, so a second copy of jose in the tree cannot break the mapping).
 */
export function toIdTokenError(error: unknown): IdTokenError {
  if (error instanceof IdTokenError) return error;
  const code = (error as { code?: unknown } | null)?.code as errors.JOSEErrorCode | undefined;
  switch (code) {
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return new IdTokenError('WRONG_ALGORITHM', 'The token is not signed with ES256', { cause: error });
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new IdTokenError('BAD_SIGNATURE', 'The token signature does not verify', { cause: error });
    case 'ERR_JWT_EXPIRED':
      return new IdTokenError('EXPIRED', 'The token has expired', { cause: error });
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return fromClaimFailure(error as ClaimFailure);
    default:
      return new IdTokenError('MALFORMED', 'The token is not a well-formed signed JWT', { cause: error });
  }
}
