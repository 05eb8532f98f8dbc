import { ApiError, ClientErrorCode } from '../net/api-error.js';

/** Sends one JSON request to the platform and resolves with the parsed body (`undefined` for 204). */
/** One JSON call to the platform; `headers` adds to the JSON ones (an `Idempotency-Key`, say). */
export type Requester = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, headers?: Readonly<Record<string, string>>) => Promise<unknown>;

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

const issuesOf = (value: unknown) => (Array.isArray(value) ? value : [])
  .filter((i): i is { path: string; message: unknown } => !!i && typeof i === 'object' && typeof (i as { path?: unknown }).path === 'string')
  .map((i) => ({ path: i.path, message: typeof i.message === 'string' ? i.message : '' }));

/** Rebuilds a failed response as an `ApiError`, whatever its body looks like. */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = typeof b['code'] === 'string' ? b['code'] : response.status >= 500 ? 'INTERNAL' : `HTTP_${response.status}`;
  const message = typeof b['message'] === 'string' ? b['message'] : `HTTP ${response.status}`;
  const header = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return new ApiError(code, message, {
    status: response.status,
    retryAfterSeconds: numberOr(b['retryAfterSeconds']) ?? numberOr(header),
    limit: numberOr(b['limit']),
    issues: issuesOf(b['issues']),
  });
}

/**
 * Creates the requester the API client uses: same-origin credentials (the `HttpOnly`
 * session cookie), JSON both ways, and every failure rejected as an `ApiError`.
 */
export function createRequester(fetchFn: typeof fetch = (input, init) => fetch(input, init)): Requester {
  return async (method, path, body, extra = {}) => {
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchFn(path, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiError(ClientErrorCode.NETWORK, 'The platform could not be reached', { status: 0 });
    }
    if (response.status === 204) return undefined;
    const parsed: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw errorFromResponse(response, parsed);
    return parsed;
  };
}
