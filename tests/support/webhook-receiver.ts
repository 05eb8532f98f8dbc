import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A partner backend on 127.0.0.1: records each webhook and answers as told (204 unless told). */
export async function startReceiver() {
  const received: Received[] = [];
  const held: ServerResponse[] = [];
  const waiting: Array<{ count: number; done: () => void }> = [];
  /** Those waiting for any new request (`next`). */
  const watching: Array<() => void> = [];
  let connections = 0;
  let answer: (response: ServerResponse) => void = (response) => response.writeHead(204).end();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      answer(response);
      for (const waiter of waiting.filter((w) => received.length >= w.count)) waiter.done();
      for (const wake of watching.splice(0)) wake();
    });
  });
  server.on('connection', () => void (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks/citadel`,
    received,
    get connections() { return connections; },
    /** Answers every later request with `status` (and `body`). */
    answerWith(status: number, body = '') { answer = (response) => response.writeHead(status, { 'content-type': 'text/plain' }).end(body); },
    /** Answers each later request with the next of `statuses`, then 204. */
    answerInTurn(...statuses: number[]) { answer = (response) => response.writeHead(statuses.shift() ?? 204).end(); },
    /** Holds every later request unanswered until `release()`. */
    hold() { answer = (response) => void held.push(response); },
    release(status = 200) {
      for (const response of held.splice(0)) response.writeHead(status).end();
      answer = (response) => response.writeHead(204).end();
    },
    /** Resolves once `count` requests in all have arrived. */
    receivedCount(count: number) {
      return received.length >= count ? Promise.resolve() : new Promise<void>((done) => waiting.push({ count, done }));
    },
    /** Resolves with the first request whose JSON body satisfies `match`, now or when it arrives. */
    async next(match: (body: { type: string; data: Record<string, unknown> }) => boolean): Promise<Received> {
      for (;;) {
        const found = received.find((request) => match(JSON.parse(request.body)));
        if (found) return found;
        await new Promise<void>((wake) => watching.push(wake));
      }
    },
    reset() {
      received.length = 0;
      answer = (response) => response.writeHead(204).end();
    },
    close: () => new Promise<void>((resolve) => {
      for (const response of held.splice(0)) response.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
