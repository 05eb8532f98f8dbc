import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { defaultConnectionLimits } from '@citadel/node';
import type { ListeningServer } from '../src/create-platform-server.js';
import { testDatabases } from './support/databases.js';
import { testPlatform } from './support/platform.js';

/** What a raw connection saw: every byte the server sent, and how the connection ended. */
interface Seen { readonly text: string; readonly ended: 'end' | 'reset' | 'open'; readonly responses: number }

/** Opens a raw TCP connection, lets `write` talk on it, and resolves once the server ends it (or `quietMs` pass with 2 answers). */
function talk(port: number, write: (socket: Socket) => void | Promise<void>, untilResponses = Infinity): Promise<Seen> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const count = () => (text.match(/HTTP\/1\.1 \d{3} /g) ?? []).length;
    const done = (ended: Seen['ended']) => { socket.destroy(); resolve({ text, ended, responses: count() }); };
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (count() >= untilResponses && /\r\n\r\n[\s\S]*\}$/.test(text)) done('open');
    });
    socket.on('end', () => done('end'));
    socket.on('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNRESET' ? 'reset' : 'end'));
    socket.on('connect', () => void write(socket));
  });
}

describe.each(testDatabases)('connections on $name', ({ open }) => {
  let db: Database;
  let listening: ListeningServer;
  beforeAll(async () => {
    db = await open();
    const server = await testPlatform(db, { port: 0, deliverWebhooks: false, deliverPushes: false, connectionLimits: { headersMs: 1_000, requestMs: 3_000 } });
    listening = await server.listen();
  });
  afterAll(async () => {
    await listening.close();
    await db.close();
  });

  it('after a 413 for a 1 MiB body, ends the connection cleanly with Connection: close, never a reset', async () => {
    const body = '{"phone":"' + 'x'.repeat(1024 * 1024) + '"}';
    const seen = await talk(listening.port, (socket) => {
      socket.write(`POST /api/auth/signin HTTP/1.1\r\nhost: localhost:${listening.port}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`);
      socket.write(body);
      socket.write(`GET /api/health HTTP/1.1\r\nhost: localhost:${listening.port}\r\n\r\n`);
    });
    expect(seen.text).toMatch(/^HTTP\/1\.1 413/);
    expect(seen.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(seen.text).toContain('"code":"PAYLOAD_TOO_LARGE"');
    expect(seen.ended).toBe('end');
  });

  it('cuts off a client that sends its headers one byte at a time past the headers limit', async () => {
    const started = Date.now();
    const seen = await talk(listening.port, async (socket) => {
      for (const byte of `GET /api/health HTTP/1.1\r\nhost: localhost:${listening.port}\r\nx-slow: ${'a'.repeat(100)}`) {
        if (socket.destroyed || socket.writableEnded) return;
        socket.write(byte);
        await new Promise((r) => setTimeout(r, 200));
      }
    });
    // Cut off (a 408 or a plain close) well before the 20 s the bytes would take.
    expect(seen.ended).not.toBe('open');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(seen.text === '' || /^HTTP\/1\.1 408/.test(seen.text)).toBe(true);
  });

  it('keeps a normal keep-alive connection usable for a second request', async () => {
    const request = `GET /api/health HTTP/1.1\r\nhost: localhost:${listening.port}\r\n\r\n`;
    const seen = await talk(listening.port, (socket) => {
      socket.write(request);
      socket.once('data', () => socket.write(request));
    }, 2);
    expect(seen.responses, seen.text).toBe(2);
  });

  it('defaults to 10 s for headers, 30 s for a whole request, 5 s idle keep-alive', () => {
    expect(defaultConnectionLimits).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 });
  });
});
