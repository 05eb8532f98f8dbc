const encoder = new TextEncoder();

/** Bytes an entry counts against its app's quota: the UTF-8 size of its key and JSON value. */
export function entrySize(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}
