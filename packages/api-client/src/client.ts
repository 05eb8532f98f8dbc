import { filledRoutePath, type ApiRoute } from '@citadel/protocol/api';
import { ApiError, ClientErrorCode } from './api-error.js';
import type { PlatformCall } from './call-types.js';
import { errorFromResponse } from './error-from-response.js';

/** How long one call may take before it counts as a network failure, ms: a screen never waits forever on a bad connection. */
const TIMEOUT_MS = 30_000;

/** What a call may carry, whatever its route; `PlatformCall` narrows it per route. */
interface AnyInput {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const offline = () => new ApiError(ClientErrorCode.NETWORK, 'The platform could not be reached', { status: 0 });

/** The route's path on this origin, with its `:name` parameters filled in and the query's set members. */
function urlOf(route: ApiRoute, { params = {}, query = {} }: AnyInput): string {
  const path = filledRoutePath(route, params);
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  return search ? `${path}?${search}` : path;
}

const jsonOf = (text: string): unknown => {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Creates a page's one client of the platform (the host's, the developer console's): same-origin credentials (the
 * `HttpOnly` session cookie of the page's site), each route's path, body and answer from the contract, a raw body
 * (`rawBody` routes) sent as given, a `Blob` included, and every failure an `ApiError`:
 * `NETWORK` when no whole answer arrived (a body cut off mid-way too: a payment's outcome is then
 * unknown), the server's code when it refused, `BAD_RESPONSE` when an answer breaks the contract.
 */
export function createPlatformClient(fetchFn: typeof fetch = (input, init) => fetch(input, init)): PlatformCall {
  return (async (route: ApiRoute, input: AnyInput = {}) => {
    const { body, headers = {} } = input;
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(urlOf(route, input), {
        method: route.method.toUpperCase(),
        credentials: 'same-origin',
        cache: 'no-store',
        // Older phone browsers (before Chrome 103, Safari 16) have no AbortSignal.timeout: no limit there.
        ...('timeout' in AbortSignal ? { signal: AbortSignal.timeout(TIMEOUT_MS) } : {}),
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': route.rawBody ?? 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: route.rawBody === undefined ? JSON.stringify(body) : body instanceof Blob ? body : String(body) }),
      });
      text = await response.text();
    } catch {
      throw offline();
    }
    const json = jsonOf(text);
    if (!response.ok) throw errorFromResponse(response, json);
    const schema = route.responses[response.status];
    if (schema === null) return undefined;
    const parsed = schema?.safeParse(json);
    if (parsed?.success) return parsed.data;
    throw new ApiError(ClientErrorCode.BAD_RESPONSE, `Unexpected answer from ${route.method.toUpperCase()} ${route.path}`, { status: response.status });
  }) as PlatformCall;
}
