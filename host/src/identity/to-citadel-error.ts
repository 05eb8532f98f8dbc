import { CitadelError, ErrorCode } from '@citadel/protocol';
import { isApiError } from '@citadel/api-client';

/**
 * Turns what the platform answered into the bridge's error. The app gets a code and a fixed
 * message, never the server's text: nothing about the citizen or the platform leaks into the frame.
 */
export function toCitadelError(error: unknown): CitadelError {
  if (error instanceof CitadelError) return error;
  if (!isApiError(error)) return new CitadelError(ErrorCode.INTERNAL, 'The host could not complete the identity request');
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen is not signed in', { signedIn: false });
    case 'CONSENT_REQUIRED':
      return new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen has not granted these claims to this app');
    case 'RATE_LIMITED':
    case 'LOCKED_OUT':
      return new CitadelError(ErrorCode.RATE_LIMITED, 'Too many identity requests; try again later', {
        ...(error.limit === undefined ? {} : { limit: error.limit }),
        ...(error.retryAfterSeconds === undefined ? {} : { retryAfterMs: error.retryAfterSeconds * 1000 }),
      });
    case 'INVALID_PARAMS':
      return new CitadelError(ErrorCode.INVALID_PARAMS, 'The platform refused the identity request as invalid');
    case 'PAYLOAD_TOO_LARGE':
      return new CitadelError(ErrorCode.PAYLOAD_TOO_LARGE, 'The identity request is too large');
    case 'APP_SUSPENDED':
    case 'NOT_FOUND':
      return new CitadelError(ErrorCode.UNAVAILABLE, 'This app cannot use identity now');
    case 'NETWORK':
      return new CitadelError(ErrorCode.UNAVAILABLE, 'The platform could not be reached');
    default:
      return new CitadelError(ErrorCode.INTERNAL, 'The platform failed the identity request');
  }
}
