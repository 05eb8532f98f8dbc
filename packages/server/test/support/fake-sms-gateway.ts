import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message the fake gateway accepted, as eSMS received it. */
export interface GatewayMessage { readonly Phone: string; readonly Content: string; readonly ApiKey: string; readonly SecretKey: string; readonly Brandname: string; readonly SmsType: string; readonly IsUnicode: string; readonly RequestId: string }

const read = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * A loopback stand-in for eSMS.vn's `SendMultipleMessage_V4_post_json` (a real `node:http` server on port 0): it
 * checks the API and secret key, answers `CodeResult` "100" or eSMS's "101" (wrong keys), and records every accepted
 * message. `refuseNext` makes the next send fail, as a gateway outage would.
 */
export async function startFakeSmsGateway(keys = { apiKey: 'test-api-key', secretKey: 'test-secret-key' }) {
  const sent: GatewayMessage[] = [];
  let refuse = 0;
  const server = createServer((request, response) => {
    void read(request).then((text) => {
      response.setHeader('content-type', 'application/json');
      if (request.method !== 'POST' || request.url !== '/MainService.svc/json/SendMultipleMessage_V4_post_json/') {
        response.statusCode = 404;
        return response.end('{}');
      }
      const body = JSON.parse(text) as GatewayMessage;
      if (body.ApiKey !== keys.apiKey || body.SecretKey !== keys.secretKey || refuse > 0) {
        refuse = Math.max(0, refuse - 1);
        return response.end(JSON.stringify({ CodeResult: '101', ErrorMessage: 'Authorize Failed' }));
      }
      sent.push(body);
      response.end(JSON.stringify({ CodeResult: '100', CountRegenerate: 0, SMSID: crypto.randomUUID() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/MainService.svc/json/SendMultipleMessage_V4_post_json/`;
  return {
    url,
    keys,
    sent,
    /** The code in the last message to `phone` (national form `09…` or E.164), or undefined. */
    lastCode(phone: string): string | undefined {
      const national = phone.replace(/[\s.-]/g, '').replace(/^\+84/, '0');
      const message = sent.findLast((m) => m.Phone === national);
      return message && /\b(\d{6})\b/.exec(message.Content)?.[1];
    },
    /** Messages sent to `phone` so far. */
    countTo: (phone: string) => sent.filter((m) => m.Phone === phone.replace(/[\s.-]/g, '').replace(/^\+84/, '0')).length,
    refuseNext: () => { refuse += 1; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A fake gateway. */
export type FakeSmsGateway = Awaited<ReturnType<typeof startFakeSmsGateway>>;
