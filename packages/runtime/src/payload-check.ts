import { CitadelError, ErrorCode } from '@citadel/protocol';

/** Keys that never belong in params: refusing them keeps prototype pollution out of every handler. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

const tooLarge = (maxBytes: number) =>
  new CitadelError(ErrorCode.PAYLOAD_TOO_LARGE, `Params are larger than ${maxBytes} bytes`, { limit: maxBytes, unit: 'bytes' });

const notJson = () => new CitadelError(ErrorCode.INVALID_PARAMS, 'Params must be plain JSON data');

/**
 * Walks params before any schema runs, with a budget: rejects payloads over `maxBytes`
 * (counted as their JSON size, approximately) or deeper than `maxDepth`, anything that is not
 * plain JSON data (Blobs, Maps, ports, class instances) and forbidden keys.
 * Stops at the first breach, so a huge payload costs no more than the limit.
 */
export function checkPayload(value: unknown, maxBytes: number, maxDepth: number): void {
  visit(value, 0, 0, maxBytes, maxDepth);
}

/**
 * Counts `node` into `bytes` and returns the new total. A plain function rather than closures
 * made per call: it runs on every bridge call.
 */
function visit(node: unknown, depth: number, bytes: number, maxBytes: number, maxDepth: number): number {
  if (depth > maxDepth) {
    throw new CitadelError(ErrorCode.PAYLOAD_TOO_LARGE, `Params are nested deeper than ${maxDepth} levels`, { limit: maxDepth, unit: 'depth' });
  }
  switch (typeof node) {
    case 'string':
      bytes += node.length * 3 + 2; // worst-case UTF-8 plus quotes; cheap and never an underestimate
      break;
    case 'number':
    case 'boolean':
      bytes += 8;
      break;
    case 'undefined':
      bytes += 1;
      break;
    case 'object': {
      if (node === null) {
        bytes += 4;
        break;
      }
      if (Array.isArray(node)) {
        bytes += 2;
        if (node.length > maxBytes) throw tooLarge(maxBytes);
        for (const item of node as unknown[]) {
          bytes = visit(item, depth + 1, bytes, maxBytes, maxDepth);
          if (bytes > maxBytes) throw tooLarge(maxBytes);
        }
        break;
      }
      const proto = Object.getPrototypeOf(node) as unknown;
      if (proto !== Object.prototype && proto !== null) throw notJson();
      bytes += 2;
      for (const key of Object.keys(node)) {
        if (forbiddenKeys.has(key)) {
          throw new CitadelError(ErrorCode.INVALID_PARAMS, `Params may not contain the key "${key}"`, { key });
        }
        bytes += key.length * 3 + 3;
        if (bytes > maxBytes) throw tooLarge(maxBytes);
        bytes = visit((node as Record<string, unknown>)[key], depth + 1, bytes, maxBytes, maxDepth);
      }
      break;
    }
    default:
      throw notJson();
  }
  if (bytes > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}
