import { RefusalError } from './refusal-error.js';

/** Why `parseStrictJson` refused a text: a closed set, stable across versions. */
export const JsonBodyErrorReason = {
  /** Not JSON at all (RFC 8259): a syntax error, a comment, a trailing comma. */
  MALFORMED: 'MALFORMED',
  /** One object names the same key twice: `{"amount":1,"amount":200000}`. `JSON.parse` would keep the last silently. */
  DUPLICATE_KEY: 'DUPLICATE_KEY',
  /** A `__proto__` key, which prototype-pollution attacks send. */
  FORBIDDEN_KEY: 'FORBIDDEN_KEY',
  /** A string (a value or a key) holds U+0000, which PostgreSQL cannot store in text. */
  NUL_CHARACTER: 'NUL_CHARACTER',
  /** A string (a value or a key) holds a lone UTF-16 surrogate (`"\ud800"`), which no UTF-8 text can hold. */
  LONE_SURROGATE: 'LONE_SURROGATE',
} as const;

/** One of the closed set of reasons a JSON text is refused. */
export type JsonBodyErrorReason = (typeof JsonBodyErrorReason)[keyof typeof JsonBodyErrorReason];

/**
 * The error `parseStrictJson` throws. `path` names where the problem is, as dotted keys and
 * array indexes (`items.2.name`; empty for the whole text), so the answer can name the field.
 */
export class JsonBodyError extends RefusalError<JsonBodyErrorReason> {
  override readonly name = 'JsonBodyError';
  /** Where: dotted keys and indexes, `''` for the whole text. */
  readonly path: string;

  constructor(reason: JsonBodyErrorReason, message: string, path: string) {
    super(reason, message);
    this.path = path;
  }
}

/** True when `value` is a `JsonBodyError`. */
export function isJsonBodyError(value: unknown): value is JsonBodyError {
  return value instanceof JsonBodyError;
}
