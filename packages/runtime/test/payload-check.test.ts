import { describe, expect, it } from 'vitest';
import { checkPayload } from '../src/payload-check.js';

const codeOf = (value: unknown, bytes = 1000, depth = 4) => {
  try {
    checkPayload(value, bytes, depth);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('checkPayload', () => {
  it('passes plain JSON data within the limits', () => {
    expect(codeOf({ a: [1, 'two', null, true, { b: 'c' }] })).toBe('ok');
  });

  it('stops at the byte limit, counting strings as worst-case UTF-8', () => {
    expect(codeOf('x'.repeat(300))).toBe('ok');
    expect(codeOf('x'.repeat(400))).toBe('PAYLOAD_TOO_LARGE');
    expect(codeOf(Array.from({ length: 5000 }, () => 0))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stops at the depth limit', () => {
    expect(codeOf({ a: { b: { c: { d: 1 } } } })).toBe('ok');
    expect(codeOf({ a: { b: { c: { d: { e: 1 } } } } })).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses prototype-polluting keys and non-plain values', () => {
    expect(codeOf(JSON.parse('{"__proto__":{"x":1}}'))).toBe('INVALID_PARAMS');
    expect(codeOf({ constructor: {} })).toBe('INVALID_PARAMS');
    expect(codeOf({ at: new Date() })).toBe('INVALID_PARAMS');
    expect(codeOf({ m: new Map() })).toBe('INVALID_PARAMS');
    expect(codeOf({ f: () => 1 })).toBe('INVALID_PARAMS');
    expect(codeOf({ big: 1n })).toBe('INVALID_PARAMS');
  });
});
