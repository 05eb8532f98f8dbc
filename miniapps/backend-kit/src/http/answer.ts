import type { IncomingMessage } from 'node:http';

/** An HTTP answer: `body` sent as JSON, or a `Uint8Array` sent as it is (set its `content-type` in `headers`). */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One endpoint: the one method it answers, and what it answers. */
export interface Endpoint {
  readonly method: Method;
  readonly run: (request: IncomingMessage, url: URL) => Promise<Answer>;
}

export const ok = (body: unknown, status = 200): Answer => ({ status, body });
