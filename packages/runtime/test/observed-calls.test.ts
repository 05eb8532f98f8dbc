import { describe, expect, it } from 'vitest';
import { Manifest, type CallOutcome } from '@citadel/protocol';
import { defaultLimits } from '../src/defaults.js';
import { createDispatcher, type AnyHandler } from '../src/dispatch.js';
import type { AppIdentity, CallContext } from '../src/types.js';

// createHost's onCall reaches each instance's dispatcher as onAnswer: every call, once answered, with what the app sent.

const manifest = Manifest.parse({
  id: 'observed', version: '1.0.0', name: { vi: 'Thử', en: 'Test' }, description: { vi: 'Thử', en: 'Test' },
  icons: [{ src: 'icon.png', sizes: 'any' }], entry: 'https://observed.apps.citadel.example/', category: 'utilities',
  permissions: [], minProtocol: '1.0',
});
const app: AppIdentity = { id: manifest.id, origin: 'https://observed.apps.citadel.example', manifest };
const context = {} as CallContext;

function dispatcher(onAnswer: (method: unknown, params: unknown, outcome: CallOutcome, durationMs: number) => void) {
  const handlers: Partial<Record<string, AnyHandler>> = { 'storage.get': async () => ({ value: 'kept' }) };
  return createDispatcher({
    app, limits: defaultLimits, handlerFor: (method) => handlers[method], context: () => context, promptContext: () => context,
    onAbuse: () => undefined, onAnswer,
  });
}

describe('observing answered calls (createHost onCall)', () => {
  it('reports each call once answered: the method and params as sent, the outcome sent back, the milliseconds it took', async () => {
    const seen: Array<{ method: unknown; params: unknown; outcome: CallOutcome; durationMs: number }> = [];
    const call = dispatcher((method, params, outcome, durationMs) => seen.push({ method, params, outcome, durationMs }));
    const answers = [await call('storage.get', { key: 'a' }), await call('location.getCurrent', {}), await call('no.such', { x: 1 })];
    expect(seen.map(({ outcome }) => outcome)).toEqual(answers);
    expect(seen.map(({ method, params, outcome }) => [method, params, outcome.ok ? 'ok' : outcome.error.code])).toEqual([
      ['storage.get', { key: 'a' }, 'ok'], ['location.getCurrent', {}, 'UNSUPPORTED'], ['no.such', { x: 1 }, 'UNKNOWN_METHOD'],
    ]);
    for (const { durationMs } of seen) expect(durationMs).toBeGreaterThanOrEqual(0);
  });

  it('answers the app as always when the observer throws', async () => {
    const call = dispatcher(() => {
      throw new Error('a broken developer tool');
    });
    expect(await call('storage.get', { key: 'a' })).toEqual({ ok: true, value: { value: 'kept' } });
  });
});
