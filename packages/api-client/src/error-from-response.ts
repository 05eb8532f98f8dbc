import { ErrorBody } from '@citadel/protocol/api';
import { ApiError } from './api-error.js';

const seconds = (value: string | null): number | undefined => {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
};

/**
 * Rebuilds a failed answer as an `ApiError`. A body outside the contract's `ErrorBody` (a proxy's
 * HTML page, say) still becomes one, coded by its status, so screens always have a code to show.
 */
export function errorFromResponse(response: Response, json: unknown): ApiError {
  const retryAfter = seconds(response.headers.get('retry-after'));
  const parsed = ErrorBody.safeParse(json);
  if (!parsed.success) {
    const code = response.status >= 500 ? 'INTERNAL' : `HTTP_${response.status}`;
    return new ApiError(code, `HTTP ${response.status}`, { status: response.status, retryAfterSeconds: retryAfter });
  }
  const body = parsed.data;
  return new ApiError(body.code, body.message, {
    status: response.status,
    retryAfterSeconds: body.retryAfterSeconds ?? retryAfter,
    limit: body.limit,
    issues: body.issues,
    body,
  });
}
