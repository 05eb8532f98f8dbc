import { CitadelError, ErrorCode } from '@citadel/protocol';
import { isApiError } from '@citadel/api-client';

/**
 * Turns what the platform answered into the bridge's error: a code and a fixed message, never
 * the server's text, so nothing about the citizen or the platform leaks into the frame.
 */
export function toCitadelError(error: unknown): CitadelError {
  if (error instanceof CitadelError) return error;
  if (!isApiError(error)) return new CitadelError(ErrorCode.INTERNAL, 'The host could not complete the notifications request');
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen is not signed in', { signedIn: false });
    case 'FORBIDDEN':
      return new CitadelError(ErrorCode.PERMISSION_DENIED, 'This app may not send notifications', { permission: 'notifications' });
    case 'RATE_LIMITED':
      return new CitadelError(ErrorCode.RATE_LIMITED, 'Too many requests; try again later', {
        ...(error.retryAfterSeconds === undefined ? {} : { retryAfterMs: error.retryAfterSeconds * 1000 }),
      });
    case 'APP_SUSPENDED':
    case 'NOT_FOUND':
    case 'NETWORK':
      return new CitadelError(ErrorCode.UNAVAILABLE, 'Notifications are not available to this app now');
    default:
      return new CitadelError(ErrorCode.INTERNAL, 'The platform failed the notifications request');
  }
}
