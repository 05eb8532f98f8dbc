import { visit, type JSONPath } from 'jsonc-parser';
import { JsonBodyError } from './json-body-error.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const pathOf = (path: JSONPath) => path.join('.');

/**
 * True when a `Content-Type` header says JSON: exactly `application/json`, parameters such as `charset` allowed.
 * `text/plain` and form bodies are what a cross-site form sends without a preflight, and `application/json-seq` is
 * not JSON, so each is refused (answer 415).
 */
export const isJsonContentType = (header: string | undefined): boolean => /^application\/json\s*(;|$)/i.test(header ?? '');

function checkString(value: string, path: JSONPath, what: string): void {
  if (value.includes('\u0000')) throw new JsonBodyError('NUL_CHARACTER', `${pathOf(path) || 'body'}: ${what} holds a NUL character (U+0000)`, pathOf(path));
  if (LONE_SURROGATE.test(value)) throw new JsonBodyError('LONE_SURROGATE', `${pathOf(path) || 'body'}: ${what} holds a lone UTF-16 surrogate`, pathOf(path));
}

/**
 * Parses a request or webhook body as strict JSON (RFC 8259) and refuses, by name and path,
 * what `JSON.parse` lets through: a key named twice in one object (the last would win
 * silently), a `__proto__` key, and strings (keys or values) holding U+0000 or a lone
 * surrogate, which PostgreSQL and UTF-8 cannot store. Throws `JsonBodyError`; answer it with
 * 400 and its `path`. Syntax is `JSON.parse`'s; the key and string checks walk the text with
 * `jsonc-parser`'s visitor, which decodes escapes, so `"\u0061"` and `"a"` are one key.
 *
 * @example
 * try { body = parseStrictJson(await request.text()); }
 * catch (error) { if (isJsonBodyError(error)) return Response.json({ code: 'INVALID_PARAMS', message: error.message }, { status: 400 }); throw error; }
 */
export function parseStrictJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new JsonBodyError('MALFORMED', 'The body is not valid JSON', '');
  }
  const keys: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => { keys.push(new Set()); },
    onObjectEnd: () => { keys.pop(); },
    onObjectProperty: (key, _offset, _length, _line, _column, parentPath) => {
      const path = [...parentPath(), key];
      checkString(key, path, 'the key');
      if (key === '__proto__') throw new JsonBodyError('FORBIDDEN_KEY', `${pathOf(path)}: the key "__proto__" is not allowed`, pathOf(path));
      const seen = keys[keys.length - 1]!;
      if (seen.has(key)) throw new JsonBodyError('DUPLICATE_KEY', `${pathOf(path)}: the key "${key}" appears twice in one object`, pathOf(path));
      seen.add(key);
    },
    onLiteralValue: (literal: unknown, _offset, _length, _line, _column, path) => {
      if (typeof literal === 'string') checkString(literal, path(), 'the text');
    },
  }, { disallowComments: true, allowTrailingComma: false });
  return value;
}
