import { ApiError, ClientErrorCode } from '../net/api-error.js';
import { errorFromResponse } from '../net/http.js';

/** How long a payments call may take before it counts as a network failure, ms. */
const TIMEOUT_MS = 30_000;

/**
 * A refusal of the payments API: an `ApiError` that keeps the answer's other fields
 * (`balance` and `amount` of `402 INSUFFICIENT_FUNDS`, `paymentId` of `409 ALREADY_PAID`).
 */
export class PaymentsRefusal extends ApiError {
  /** The answer's JSON body, `{}` when it had none. */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(error: ApiError, body: unknown) {
    super(error.code, error.message, { status: error.status, retryAfterSeconds: error.retryAfterSeconds, limit: error.limit, issues: error.issues });
    this.body = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  }
}

/** Sends one JSON request to the payments API; resolves with the parsed body. */
export type PaymentsRequester = (
  method: 'GET' | 'POST',
  path: string,
  options?: { readonly body?: unknown; readonly headers?: Readonly<Record<string, string>> },
) => Promise<unknown>;

/**
 * The account client's requester, plus extra headers (`Idempotency-Key`), the refusal's other
 * fields, and a time limit: a sheet never waits forever on a bad connection. A body cut off
 * mid-way is a network failure, not a bad answer: a payment's outcome is then unknown.
 */
export function createPaymentsRequester(fetchFn: typeof fetch = (input, init) => fetch(input, init)): PaymentsRequester {
  const offline = () => new ApiError(ClientErrorCode.NETWORK, 'The platform could not be reached', { status: 0 });
  return async (method, path, { body, headers = {} } = {}) => {
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        // Older phone browsers (before Chrome 103, Safari 16) have no AbortSignal.timeout: no limit there.
        ...('timeout' in AbortSignal ? { signal: AbortSignal.timeout(TIMEOUT_MS) } : {}),
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch {
      throw offline();
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!response.ok) throw new PaymentsRefusal(errorFromResponse(response, parsed), parsed);
    return parsed;
  };
}
