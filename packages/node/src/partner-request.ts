import { PartnerApiError } from './partner-api-error.js';
import { isJsonObject } from './json-value.js';

/** One call to the partner API. */
export interface PartnerCall<T> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to `/api/partner/v1/`, without a leading slash; encode ids with `encodeURIComponent`. */
  readonly path: string;
  /** Sent as JSON when present. */
  readonly body?: unknown;
  /** Sent as the `Idempotency-Key` header when present (already checked). */
  readonly idempotencyKey?: string;
  /** Checks a successful answer's body; `undefined` means it is not the documented shape. */
  readonly parse: (body: unknown) => T | undefined;
}

/** Sends one partner API call and resolves with its parsed answer, or rejects with `PartnerApiError`. */
export type PartnerRequest = <T>(call: PartnerCall<T>) => Promise<T>;

/** What `createPartnerRequest` needs; built once per client. */
export interface PartnerRequestSettings {
  /** `<origin>/api/partner/v1/`. */
  readonly base: URL;
  /** The `Authorization` header value. */
  readonly authorization: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
}

const isTimeout = (error: unknown) => (error as { name?: unknown } | null)?.name === 'TimeoutError';

function noAnswer(error: unknown, url: URL): PartnerApiError {
  return isTimeout(error)
    ? new PartnerApiError(0, 'TIMEOUT', `No answer from ${url.origin} in time`, { cause: error })
    : new PartnerApiError(0, 'NETWORK_ERROR', `Could not reach ${url.origin}`, { cause: error });
}

async function readJson(response: Response, url: URL): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw noAnswer(error, url);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFrom(status: number, body: unknown): PartnerApiError {
  if (isJsonObject(body)) {
    const { code, message, ...rest } = body;
    if (typeof code === 'string' && typeof message === 'string') {
      return new PartnerApiError(status, code, message, Object.keys(rest).length === 0 ? {} : { data: rest });
    }
  }
  return new PartnerApiError(status, 'INVALID_RESPONSE', `HTTP ${status} without a JSON { code, message } body`);
}

/**
 * The one place partner API calls go through: credentials, timeout, JSON both ways, and every
 * failure mapped to `PartnerApiError`. Each API (the app, orders, webhooks) is a thin function
 * over it.
 */
export function createPartnerRequest(settings: PartnerRequestSettings): PartnerRequest {
  return async <T>(call: PartnerCall<T>): Promise<T> => {
    const url = new URL(call.path, settings.base);
    const headers: Record<string, string> = { authorization: settings.authorization, accept: 'application/json' };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;
    let response: Response;
    try {
      response = await settings.fetch(url, {
        method: call.method,
        headers,
        // A redirect could carry the credentials elsewhere; the platform never answers with one.
        redirect: 'error',
        signal: AbortSignal.timeout(settings.timeoutMs),
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      });
    } catch (error) {
      throw noAnswer(error, url);
    }
    const body = await readJson(response, url);
    if (!response.ok) throw errorFrom(response.status, body);
    const value = call.parse(body);
    if (value === undefined) {
      throw new PartnerApiError(response.status, 'INVALID_RESPONSE', `Unexpected answer from ${call.method} ${url.pathname}`);
    }
    return value;
  };
}
