import { CitadelError, ErrorCode, type Manifest } from '@citadel/protocol';
import type { ThrottleProfile } from '../src/dev/throttle.js';

/** What `GET /__citadel/session` answers (`DevSession` of `citadel dev`). */
export interface DevSession {
  readonly manifest: Manifest;
  readonly platformUrl: string;
  readonly backendOrigin: string | null;
  readonly throttle: ThrottleProfile;
}

/** A refusal of `citadel dev`'s API: its code and message, and the HTTP status (0 when it could not be reached). */
export class DevApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'DevApiError';
  }
}

/** Calls `citadel dev`'s API at `/__citadel/<path>` of this page's origin; rejects with `DevApiError`. */
export async function devApi<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/__citadel/${path}`, body === undefined ? {} : {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
  } catch {
    throw new DevApiError('NETWORK', 'citadel dev cannot be reached', 0);
  }
  const answer = await response.json().catch(() => ({})) as { code?: string; message?: string };
  if (!response.ok) throw new DevApiError(answer.code ?? 'BAD_RESPONSE', answer.message ?? `HTTP ${response.status}`, response.status);
  return answer as T;
}

/** A `DevApiError` as the bridge error an app is answered with: `UNAVAILABLE` when `citadel dev` cannot be reached. */
export function bridgeErrorOf(error: unknown): CitadelError {
  if (error instanceof CitadelError) return error;
  if (error instanceof DevApiError && error.status === 0) return new CitadelError(ErrorCode.UNAVAILABLE, 'citadel dev cannot be reached');
  return new CitadelError(ErrorCode.INTERNAL, 'The simulator failed to handle the call');
}
