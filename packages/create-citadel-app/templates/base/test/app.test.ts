// @vitest-environment happy-dom
import { ErrorCode } from '@citadel/sdk';
import { createMockHost, rejectWith, type MockHost } from '@citadel/testing/browser';
import { afterEach, expect, test, vi } from 'vitest';
import { startApp } from '../src/app.js';
import { screenOf } from './screen.js';

// The real connect() of @citadel/sdk reaches a scripted host in this page: the app under test is the one you ship.
let host: MockHost;
let root: HTMLElement;

async function start(options: Parameters<typeof createMockHost>[0]): Promise<ParentNode> {
  host = createMockHost(options);
  root = document.createElement('main');
  document.body.append(root);
  await startApp(root);
  return screenOf(root);
}

afterEach(() => {
  host.dispose();
  root.remove();
});

test('greets the citizen in the host\'s language and tells the host it is ready', async () => {
  const screen = await start({ context: { lang: 'en' } });
  expect(screen.querySelector('h1')?.textContent).toBe('Hello');
  expect(host.calls.map((call) => call.method)).toContain('app.ready');
});

test('speaks Vietnamese by default', async () => {
  const screen = await start({});
  expect(screen.querySelector('h1')?.textContent).toBe('Xin chào');
});

test('signs in with an identity token bound to a new nonce', async () => {
  const screen = await start({
    context: { lang: 'en' },
    handlers: { 'identity.getToken': ({ nonce }) => ({ token: `token-for-${nonce}` }) },
  });
  screen.querySelector('button')!.click();
  await vi.waitFor(() => expect(screen.querySelector('[role="status"]')?.textContent).toBe('Signed in'));
  const call = host.calls.find((recorded) => recorded.method === 'identity.getToken');
  expect(call).toMatchObject({ ok: true, params: { nonce: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
});

test('says so when the citizen does not share who they are', async () => {
  const screen = await start({ handlers: { 'identity.getToken': rejectWith(ErrorCode.CANCELLED) } });
  screen.querySelector('button')!.click();
  await vi.waitFor(() => expect(screen.querySelector('[role="status"]')?.textContent).toBe('Chưa đăng nhập được. Hãy thử lại.'));
});
