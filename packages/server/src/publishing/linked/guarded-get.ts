import type { IncomingMessage } from 'node:http';
import type { ResolveHost } from '../../delivery/guarded-lookup.js';
import { failureOf, openGuardedRequest, type DeliveryFailure } from '../../delivery/guarded-request.js';

/** One GET the platform makes to a partner's origin. */
export interface GuardedGet {
  /** Already accepted by `checkWebhookUrl`. */
  readonly url: URL;
  /** The `Accept` header. */
  readonly accept: string;
  /** The most bytes of a 2xx answer's body that are read; one byte more and the answer is `TOO_LARGE`. 0: the body is not read. */
  readonly maxBytes: number;
  /** How long the whole exchange may take, the body included, in milliseconds. */
  readonly timeoutMs: number;
  readonly development: boolean;
  readonly resolve: ResolveHost;
}

/** What every GET of one verification shares. */
export type FetchSettings = Pick<GuardedGet, 'timeoutMs' | 'development' | 'resolve'>;

/** What a GET came to: the answer's status, headers (each a list) and body, or why there was none. */
export type GetOutcome =
  | { readonly status: number; readonly headers: NodeJS.Dict<string[]>; readonly body: Buffer }
  | { readonly failure: DeliveryFailure | 'TOO_LARGE' };

/**
 * GETs `url` through `openGuardedRequest` (every resolved address checked, nothing reaches the
 * platform's network) and resolves with the answer, or why there was none. Never rejects. A
 * redirect is not followed: it is answered as its 3xx status. Only a 2xx answer's body is
 * read, at most `maxBytes` of it: a larger `Content-Length`, or more bytes than that, ends the
 * exchange as `TOO_LARGE`.
 */
export function guardedGet(get: GuardedGet): Promise<GetOutcome> {
  const signal = AbortSignal.timeout(get.timeoutMs);
  const outgoing = openGuardedRequest({
    url: get.url,
    method: 'GET',
    headers: { accept: get.accept, 'user-agent': 'Citadel-Verify/1' },
    signal,
    development: get.development,
    resolve: get.resolve,
  });
  if (outgoing === 'ADDRESS_REFUSED') return Promise.resolve({ failure: outgoing });
  return new Promise<GetOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: GetOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    // An abort mid-body also reaches the response, as a reset connection; whichever error comes first, the signal says it was the clock.
    const fail = (error: unknown) => settle({ failure: signal.aborted ? 'TIMEOUT' : failureOf(error) });
    const tooLarge = (response: IncomingMessage) => {
      settle({ failure: 'TOO_LARGE' });
      response.destroy();
    };
    outgoing.once('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      const { headersDistinct: headers } = response;
      if (status < 200 || status > 299 || get.maxBytes === 0) {
        settle({ status, headers, body: Buffer.alloc(0) });
        response.destroy();
        return;
      }
      if (Number(response.headers['content-length']) > get.maxBytes) return tooLarge(response);
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > get.maxBytes) tooLarge(response);
        else chunks.push(chunk);
      });
      response.once('end', () => settle({ status, headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
      response.once('close', () => {
        if (!response.complete) fail(Object.assign(new Error('The answer was cut off'), { code: 'ECONNRESET' }));
      });
    });
    // `on`, not `once`: a late error (the timeout firing after the answer) must not go unhandled.
    outgoing.on('error', fail);
    outgoing.end();
  });
}
