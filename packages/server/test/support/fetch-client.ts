/**
 * A browser-like client of a listening platform server at `origin` (real sockets, unlike
 * `citizenClient`): keeps its session cookie, sends the host's `Origin` on writes, and opens
 * streams (`stream`) whose body is read as it arrives.
 */
export function fetchClient(origin: string) {
  let cookie = '';
  const headersOf = (method: string, extra: Record<string, string> = {}) => ({
    ...(method === 'GET' ? {} : { origin, 'content-type': 'application/json' }),
    ...(cookie ? { cookie } : {}),
    ...extra,
  });
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, { method, headers: headersOf(method), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as any };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown = {}) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    /** Opens `path` as a stream; the caller reads `body` and aborts with `abort()`. */
    async stream(path: string, headers: Record<string, string> = {}) {
      const abort = new AbortController();
      const response = await fetch(`${origin}${path}`, { headers: headersOf('GET', headers), signal: abort.signal });
      return { response, abort: () => abort.abort() };
    },
    get cookie() { return cookie; },
  };
}
