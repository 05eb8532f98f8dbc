import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { newVerificationToken, verifyLinkedOrigin } from '../../src/publishing/linked/index.js';
import { createLinkedApp } from './fixtures/linked-app.js';

// docs/link-your-app.md (the partners' guide to linked apps) shows how to pass verifyLinkedOrigin; its snippet must pass it.
const repo = resolve(import.meta.dirname, '../../../..');
const guide = readFileSync(resolve(repo, 'docs/link-your-app.md'), 'utf8');
const HOST = 'http://localhost:8080';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the linked apps guide', () => {
  it('shows linked-app.ts word for word as the fixture has it, and that app passes verification', async () => {
    const named = guide.match(/`linked-app\.ts`:\n\n```ts\n([\s\S]*?)```/);
    expect(named?.[1]).toBe(readFileSync(resolve(import.meta.dirname, 'fixtures/linked-app.ts'), 'utf8'));
    const token = newVerificationToken();
    const server = serve({ fetch: createLinkedApp({ appId: 'tourism', token, hostOrigin: HOST }).fetch, port: 0, hostname: '127.0.0.1' });
    cleanups.push(() => new Promise<void>((done) => server.close(() => done())));
    await new Promise((ready) => server.once('listening', ready));
    const { port } = server.address() as { port: number };
    const origin = `http://127.0.0.1:${port}`;
    expect(await verifyLinkedOrigin({ appId: 'tourism', entry: `${origin}/`, token, hostOrigin: HOST, development: true }))
      .toEqual({ ok: true, origin });
  });
});
