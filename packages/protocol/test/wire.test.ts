import { describe, expect, it } from 'vitest';
import { MessageType, isCallMessage, isPing, isPong, isResultMessage } from '../src/wire.js';

const call = (overrides: Record<string, unknown> = {}) => ({ type: 'citadel:call', id: 1, method: 'storage.get', params: { key: 'k' }, ...overrides });

describe('the bridge envelope', () => {
  it('names every message citadel:<name>, once', () => {
    for (const [name, type] of Object.entries(MessageType)) expect(type).toBe(`citadel:${name}`);
  });

  it('admits a call with a safe-integer id and a string method, whatever its params', () => {
    expect(isCallMessage(call())).toBe(true);
    expect(isCallMessage(call({ params: undefined }))).toBe(true);
    expect(isCallMessage(call({ method: 'not.in.the.registry' }))).toBe(true); // the dispatcher answers UNKNOWN_METHOD
  });

  it('drops a call with another id or method, and every other message, comlink included', () => {
    for (const id of ['1', 1.5, -0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, null, undefined]) expect(isCallMessage(call({ id }))).toBe(false);
    for (const method of [1, null, ['storage.get'], { toString: () => 'storage.get' }]) expect(isCallMessage(call({ method }))).toBe(false);
    expect(isCallMessage({ id: '1a', type: 'APPLY', path: ['call'], argumentList: [{ type: 'RAW', value: 'storage.get' }, { type: 'RAW', value: {} }] })).toBe(false);
    for (const junk of [null, undefined, 'citadel:call', 42, [], { type: 'citadel:pong', n: 1 }]) expect(isCallMessage(junk)).toBe(false);
  });

  it('tells results, pings and pongs apart by type and a numeric field', () => {
    expect(isResultMessage({ type: 'citadel:result', id: 3, ok: true, value: null })).toBe(true);
    expect(isResultMessage({ type: 'citadel:result', id: '3', ok: true, value: null })).toBe(false);
    expect(isPing({ type: 'citadel:ping', n: 2 })).toBe(true);
    expect(isPing({ type: 'citadel:pong', n: 2 })).toBe(false);
    expect(isPong({ type: 'citadel:pong', n: 2 })).toBe(true);
    expect(isPong({ type: 'citadel:pong', n: '2' })).toBe(false);
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, 2 ** 53]) expect(isPong({ type: 'citadel:pong', n }), String(n)).toBe(false);
  });
});
