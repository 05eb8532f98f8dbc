import { describe, expect, it } from 'vitest';
import { isJsonBodyError, parseStrictJson, type JsonBodyErrorReason } from '../src/index.js';

const refusal = (text: string): { reason: JsonBodyErrorReason; path: string } | undefined => {
  try {
    parseStrictJson(text);
    return undefined;
  } catch (error) {
    if (!isJsonBodyError(error)) throw error;
    return { reason: error.reason, path: error.path };
  }
};

describe('parseStrictJson', () => {
  it('reads what JSON.parse reads, when nothing is refused', () => {
    const text = '{"amount":125000,"items":[{"name":"Nước 💧","tags":["a","b"]}],"note":null,"ok":true}';
    expect(parseStrictJson(text)).toEqual(JSON.parse(text));
    // The same key in two different objects is no duplicate.
    expect(parseStrictJson('[{"a":1},{"a":2}]')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(parseStrictJson('"\\ud83d\\udca7"')).toBe('💧');
  });

  it('refuses every way a text can break the rules, with the reason and the path', () => {
    expect(refusal('{"amount":1,"amount":200000}')).toEqual({ reason: 'DUPLICATE_KEY', path: 'amount' });
    expect(refusal('{"amount":1,"\\u0061mount":2}')).toEqual({ reason: 'DUPLICATE_KEY', path: 'amount' });
    expect(refusal('{"items":[{"x":1},{"y":1,"y":2}]}')).toEqual({ reason: 'DUPLICATE_KEY', path: 'items.1.y' });
    expect(refusal('{"a":{"__proto__":{"admin":true}}}')).toEqual({ reason: 'FORBIDDEN_KEY', path: 'a.__proto__' });
    expect(refusal('{"name":"An\\u0000"}')).toEqual({ reason: 'NUL_CHARACTER', path: 'name' });
    expect(refusal('{"na\\u0000me":"An"}')).toEqual({ reason: 'NUL_CHARACTER', path: 'na\u0000me' });
    expect(refusal('{"list":["ok","\\ud800"]}')).toEqual({ reason: 'LONE_SURROGATE', path: 'list.1' });
    expect(refusal('{"x":"\\udc00\\ud800"}')).toEqual({ reason: 'LONE_SURROGATE', path: 'x' });
    expect(refusal('"\\u0000"')).toEqual({ reason: 'NUL_CHARACTER', path: '' });
    for (const text of ['{"a":1,}', '{"a":1} // c', "{'a':1}", '', '{"a":1}{"b":2}']) expect(refusal(text), text).toEqual({ reason: 'MALFORMED', path: '' });
  });
});
