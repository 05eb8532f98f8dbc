import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { CliError } from './cli-error.js';

/** How long one request may take, ms. */
const TIMEOUT_MS = 60_000;

/** One HTTP request of the CLI. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string;
  /** Aborts the request: it then rejects with `NETWORK`. */
  readonly signal?: AbortSignal;
}

/** The answer: its status, `Content-Type` and body as text. */
export interface HttpAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

const isLocalhost = (hostname: string) => hostname === 'localhost' || hostname.endsWith('.localhost');

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Names under `.localhost` are loopback (RFC 6761, section 6.3), as browsers resolve them, but the system resolver
 * often does not know `console.localhost`: the CLI answers them itself, so `CITADEL_CONSOLE_URL` can be the local
 * platform's console origin, which the platform tells apart by the `Host` header.
 */
function loopbackLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  if (!isLocalhost(hostname)) {
    dnsLookup(hostname, options as LookupAllOptions, callback as (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void);
    return;
  }
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}

/**
 * Sends one request with Node's `http`/`https` (rather than `fetch`, whose resolver cannot be told about
 * `.localhost` names) and reads the whole answer. Never follows a redirect: one could carry the credentials
 * elsewhere. Rejects with `CliError` `NETWORK` when no whole answer arrived.
 */
export function send(req: HttpRequest): Promise<HttpAnswer> {
  const request = req.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(new CliError('NETWORK', `No answer from ${req.url.origin}: ${error.message}`));
    const outgoing = request(req.url, { method: req.method, headers: req.headers, lookup: loopbackLookup, timeout: TIMEOUT_MS, ...(req.signal ? { signal: req.signal } : {}) }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', fail);
      incoming.on('end', () => resolve({
        status: incoming.statusCode ?? 0,
        contentType: incoming.headers['content-type'] ?? '',
        text: Buffer.concat(chunks).toString('utf8'),
      }));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${TIMEOUT_MS / 1000} s`)));
    outgoing.on('error', fail);
    outgoing.end(req.body);
  });
}
