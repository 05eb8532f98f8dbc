import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One webhook delivery as it arrived: its headers and exact body. */
export interface ArrivedWebhook {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A partner backend's webhook endpoint on 127.0.0.1 that answers 204 and keeps every delivery, for waiting on them. */
export async function startWebhookInbox() {
  const arrived: ArrivedWebhook[] = [];
  const waiting: Array<() => void> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      arrived.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
      for (const wake of waiting.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    arrived,
    /** Resolves with the first delivery whose body satisfies `match`, now or when it arrives. */
    async next(match: (body: { type: string; data: Record<string, unknown> }) => boolean): Promise<ArrivedWebhook> {
      for (;;) {
        const found = arrived.find((delivery) => match(JSON.parse(delivery.body)));
        if (found) return found;
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
