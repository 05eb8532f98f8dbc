import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CitadelError } from '@citadel/protocol';
import { createCallChannel } from '../src/call-channel.js';

type Sent = { type: string; id: number; method: string; params: unknown };

const fakePort = () => {
  const sent: Sent[] = [];
  const port = { postMessage: (message: Sent) => void sent.push(structuredClone(message)) } as unknown as MessagePort;
  return { port, sent };
};

/** The host's answer to call `id`. */
const result = (id: unknown, outcome: object) => ({ type: 'citadel:result', id, ...outcome });

/** What a call settled with: its value, or the code of its `CitadelError`. */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ code: error instanceof CitadelError ? error.code : 'not a CitadelError' }),
  );

describe('createCallChannel', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('posts a citadel:call with the method, the params and an id of its own per call', () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 1000);
    void channel.call('storage.get', { key: 'k' });
    void channel.call('ui.getTheme', {});
    expect(sent[0]).toEqual({ type: 'citadel:call', id: sent[0]!.id, method: 'storage.get', params: { key: 'k' } });
    expect(Number.isSafeInteger(sent[0]!.id)).toBe(true);
    expect(sent[1]!.id).not.toBe(sent[0]!.id);
  });

  it('resolves with the value of an ok outcome and rejects with the error of a failed one', async () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 1000);
    const ok = outcome(channel.call('storage.get', { key: 'k' }));
    const failed = outcome(channel.call('storage.get', { key: '' }));
    expect(channel.settle(result(sent[0]!.id, { ok: true, value: { value: 42 } }))).toBe(true);
    expect(channel.settle(result(sent[1]!.id, { ok: false, error: { code: 'INVALID_PARAMS', message: 'bad' } }))).toBe(true);
    expect(await ok).toEqual({ value: { value: 42 } });
    expect(await failed).toEqual({ code: 'INVALID_PARAMS' });
  });

  it('rebuilds a malformed answer as INTERNAL', async () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 1000);
    const malformed = outcome(channel.call('app.ready', {}));
    const badCode = outcome(channel.call('app.ready', {}));
    channel.settle({ type: 'citadel:result', id: sent[0]!.id, value: 'no ok field' });
    channel.settle(result(sent[1]!.id, { ok: false, error: { code: 'NOT_A_CODE', message: 'x' } }));
    expect(await malformed).toEqual({ code: 'INTERNAL' });
    expect(await badCode).toEqual({ code: 'INTERNAL' });
  });

  it('leaves anything that answers no pending call to the caller', () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 1000);
    void channel.call('app.ready', {});
    expect(channel.settle(null)).toBe(false);
    expect(channel.settle({ type: 'citadel:event', name: 'show', data: {} })).toBe(false);
    expect(channel.settle(result(String(sent[0]!.id), { ok: true, value: null }))).toBe(false);
    expect(channel.settle(result(999, { ok: true, value: null }))).toBe(false);
    expect(channel.settle({ id: sent[0]!.id, type: 'RAW', value: { ok: true, value: null } })).toBe(false);
    expect(channel.settle(result(sent[0]!.id, { ok: true, value: null }))).toBe(true);
    // A second answer with the same id finds nothing pending.
    expect(channel.settle(result(sent[0]!.id, { ok: true, value: null }))).toBe(false);
  });

  it('times every call out after timeoutMs, with one timer for all of them', async () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 1000);
    const first = outcome(channel.call('app.ready', {}));
    vi.advanceTimersByTime(400);
    const second = outcome(channel.call('app.ready', {}));
    const answered = outcome(channel.call('app.ready', {}));
    for (let i = 0; i < 50; i++) void channel.call('app.ready', {}).catch(() => undefined);
    expect(vi.getTimerCount()).toBe(1);
    channel.settle(result(sent[2]!.id, { ok: true, value: null }));

    const settled: string[] = [];
    void first.then(() => settled.push('first'));
    void second.then(() => settled.push('second'));
    await vi.advanceTimersByTimeAsync(599);
    expect(settled).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual(['first']);
    expect(await first).toEqual({ code: 'TIMEOUT' });
    await vi.advanceTimersByTimeAsync(399);
    expect(settled).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(1);
    expect(await second).toEqual({ code: 'TIMEOUT' });
    expect(await answered).toEqual({ value: null });
    // Nothing is left pending, so nothing re-arms the timer.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits out a timeout longer than setTimeout can arm', async () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 2 ** 40);
    const call = outcome(channel.call('payments.pay', { orderId: 'o' }));
    await vi.advanceTimersByTimeAsync(2 ** 31 + 1000);
    expect(channel.settle(result(sent[0]!.id, { ok: true, value: 'paid' }))).toBe(true);
    expect(await call).toEqual({ value: 'paid' });
  });

  it('rejects pending calls and every later one with the closing error', async () => {
    const { port, sent } = fakePort();
    const channel = createCallChannel(port, 1000);
    const pending = outcome(channel.call('app.ready', {}));
    channel.close(new CitadelError('SESSION_CLOSED', 'closed'));
    expect(await pending).toEqual({ code: 'SESSION_CLOSED' });
    expect(await outcome(channel.call('app.ready', {}))).toEqual({ code: 'SESSION_CLOSED' });
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects, never throws, when the params cannot be cloned, and keeps nothing pending', async () => {
    const { port1 } = new MessageChannel();
    const channel = createCallChannel(port1, 1000);
    let call: Promise<unknown> | undefined;
    expect(() => (call = channel.call('storage.set', { key: 'k', value: () => 1 }))).not.toThrow();
    expect(await outcome(call!)).toEqual({ code: 'INTERNAL' });
    expect(vi.getTimerCount()).toBe(0);
    port1.close();
  });
});
