import { describe, expect, it } from 'vitest';
import { isCallMessage } from '../src/comlink-endpoint.js';

/** What the SDK posts for a call: comlink's own APPLY message for the exposed `call`. */
const call = (overrides: Record<string, unknown> = {}) => ({
  id: '1a', type: 'APPLY', path: ['call'],
  argumentList: [{ type: 'RAW', value: 'storage.get' }, { type: 'RAW', value: { key: 'k' } }],
  ...overrides,
});

describe('isCallMessage', () => {
  it("admits comlink's APPLY of call with two raw arguments", () => {
    expect(isCallMessage(call())).toBe(true);
    expect(isCallMessage(call({ id: 'x'.repeat(64) }))).toBe(true);
  });

  it('drops every other comlink message, and anything that is not one', () => {
    for (const type of ['GET', 'SET', 'CONSTRUCT', 'ENDPOINT', 'RELEASE']) expect(isCallMessage(call({ type }))).toBe(false);
    expect(isCallMessage(call({ path: [] }))).toBe(false);
    expect(isCallMessage(call({ path: ['__proto__'] }))).toBe(false);
    expect(isCallMessage(call({ path: ['call', 'call'] }))).toBe(false);
    expect(isCallMessage(call({ id: 1 }))).toBe(false);
    expect(isCallMessage(call({ id: 'x'.repeat(65) }))).toBe(false);
    expect(isCallMessage(call({ argumentList: [{ type: 'RAW', value: 'storage.get' }] }))).toBe(false);
    expect(isCallMessage(call({ argumentList: [{ type: 'RAW', value: 'a' }, { type: 'RAW', value: {} }, { type: 'RAW', value: {} }] }))).toBe(false);
    expect(isCallMessage(call({ argumentList: [{ type: 'RAW', value: 'storage.get' }, { type: 'HANDLER', name: 'proxy', value: null }] }))).toBe(false);
    expect(isCallMessage(call({ argumentList: [{ type: 'HANDLER', name: 'throw', value: {} }, { type: 'RAW', value: {} }] }))).toBe(false);
    expect(isCallMessage(call({ argumentList: ['storage.get', {}] }))).toBe(false);
    expect(isCallMessage(call({ argumentList: [null, null] }))).toBe(false);
    expect(isCallMessage(call({ argumentList: 'no' }))).toBe(false);
    for (const junk of [null, undefined, 'APPLY', 42, [], { type: 'citadel:pong', n: 1 }]) expect(isCallMessage(junk)).toBe(false);
  });
});
