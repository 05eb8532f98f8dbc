import type { TestPlatform } from '@citadel/testing';

/** One call's options. */
export interface CallOptions {
  /** Signs in as this pairwise sub: a fresh nonce from the backend, then a token carrying it. */
  readonly sub?: string;
  /**
   * More claims for that token, such as `{ phone_number: '+84900000201' }` (confirmed by default: the test platform adds
   * `phone_number_verified: true`; pass `phone_number_verified: false` for a number nobody confirmed).
   */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** A token of the caller's own instead (a nonce is still fetched first). */
  readonly token?: string;
  /** Default: POST with a body, else GET. */
  readonly method?: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Default: the app's origin. */
  readonly origin?: string;
  /** More request headers, such as `idempotency-key`. Default none. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or the bytes of another content type. */
  readonly body: any;
}

/** A `call(path, options)` for backend tests, making requests as the mini-app at `appOrigin` would. */
export function citizenCaller(backendUrl: () => string, platform: TestPlatform, appOrigin: string) {
  return async function call(path: string, options: CallOptions = {}): Promise<CallResult> {
    const headers: Record<string, string> = { ...options.headers, origin: options.origin ?? appOrigin };
    if (options.sub !== undefined || options.token !== undefined) {
      const issued = await fetch(`${backendUrl()}/auth/nonce`, { method: 'POST', headers: { origin: appOrigin } });
      const { nonce } = (await issued.json()) as { nonce: string };
      headers['authorization'] = `Bearer ${options.token ?? platform.signIdToken({ nonce, ...(options.sub === undefined ? {} : { sub: options.sub }), ...(options.claims ? { claims: options.claims } : {}) })}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${backendUrl()}${path}`, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, body: type.startsWith('application/json') ? await response.json() : new Uint8Array(await response.arrayBuffer()) };
  };
}
