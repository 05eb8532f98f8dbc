import { signWebhook } from '@citadel/node';
import { CliError } from './cli-error.js';
import { send, type HttpAnswer } from './http-send.js';

/** Your backend's webhook URL from `--forward-to`; rejects with `CliError` `INVALID_URL` unless it is `http:` or `https:`. */
export function forwardTargetOf(forwardTo: string): URL {
  let url: URL;
  try {
    url = new URL(forwardTo);
  } catch {
    throw new CliError('INVALID_URL', `--forward-to is not a URL: ${forwardTo}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError('INVALID_URL', `--forward-to must be an http: or https: URL, not ${url.protocol}`);
  return url;
}

/** Signs a `body` with nothing sent: rejects with `CliError` `INVALID_SECRET` when `secret` is not a webhook secret. */
export function signedHeaders(secret: string, body: string, id?: string) {
  try {
    return signWebhook({ secret, body, ...(id === undefined ? {} : { id }) });
  } catch (error) {
    throw new CliError('INVALID_SECRET', `The webhook secret is not one the platform issues (whsec_…): ${(error as Error).message}`);
  }
}

/** A delivery to your backend: its `webhook-id`, the answer, and how long it took from the request's start, ms. */
export interface Forwarded {
  readonly id: string;
  readonly answer: HttpAnswer;
  readonly latencyMs: number;
}

/**
 * Posts `body` (a webhook's JSON) to `url` as the platform delivers a webhook: signed by `@citadel/node`'s
 * `signWebhook` (the platform's own signer) with `secret`, with the `webhook-id` `id` (default: a new one). Resolves
 * with the answer, whatever its status; rejects with `CliError` `INVALID_SECRET` or `NETWORK`.
 */
export async function forwardSigned(options: {
  readonly url: URL; readonly secret: string; readonly body: string; readonly id?: string; readonly signal?: AbortSignal;
}): Promise<Forwarded> {
  const signature = signedHeaders(options.secret, options.body, options.id);
  const started = performance.now();
  const answer = await send({ method: 'POST', url: options.url, headers: { 'content-type': 'application/json', ...signature }, body: options.body,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return { id: signature['webhook-id'], answer, latencyMs: Math.round(performance.now() - started) };
}
