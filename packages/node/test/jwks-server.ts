import type { JWK } from 'jose';
import { sendJson, startLocalServer, type LocalServer } from './local-server.js';

/** A stand-in for the platform's `/.well-known/jwks.json`, on a real port. */
export interface JwksServer extends LocalServer {
  /** Replaces what the server answers: a key set, or a status and a raw body. */
  answer(next: { readonly keys: readonly JWK[] } | { readonly status: number; readonly body: string }): void;
}

/** Starts a JWKS server publishing `keys`. */
export async function startJwksServer(keys: readonly JWK[]): Promise<JwksServer> {
  let current: { readonly keys: readonly JWK[] } | { readonly status: number; readonly body: string } = { keys };
  const server = await startLocalServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') return sendJson(response, 404, { code: 'NOT_FOUND', message: request.url });
    if ('keys' in current) return sendJson(response, 200, { keys: current.keys });
    response.writeHead(current.status, { 'content-type': 'application/json' }).end(current.body);
  });
  return { ...server, answer: (next) => void (current = next) };
}
