import { CitadelError, ErrorCode } from '@citadel/protocol';

/** Keys that never belong in params: refusing them keeps prototype pollution out of every handler. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks params before any schema runs, with a budget: rejects payloads over `maxBytes`
 * (counted as their JSON size, approximately) or deeper than `maxDepth`, anything that is not
 * plain JSON data (Blobs, Maps, ports, class instances) and forbidden keys.
 * Stops at the first breach, so a huge payload costs no more than the limit.
 */
export function checkPayload(value: unknown, maxBytes: number, maxDepth: number): void {
  let bytes = 0;
  const tooLarge = () =>
    new CitadelError(ErrorCode.PAYLOAD_TOO_LARGE, `Params are larger than ${maxBytes} bytes`, { limit: maxBytes, unit: 'bytes' });
  const visit = (node: unknown, depth: number): void => {
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
          if (node.length > maxBytes) throw tooLarge();
          for (const item of node) {
            visit(item, depth + 1);
            if (bytes > maxBytes) throw tooLarge();
          }
          break;
        }
        const proto = Object.getPrototypeOf(node) as unknown;
        if (proto !== Object.prototype && proto !== null) {
          throw new CitadelError(ErrorCode.INVALID_PARAMS, 'Params must be plain JSON data');
        }
        bytes += 2;
        for (const key of Object.keys(node)) {
          if (forbiddenKeys.has(key)) {
            throw new CitadelError(ErrorCode.INVALID_PARAMS, `Params may not contain the key "${key}"`, { key });
          }
          bytes += key.length * 3 + 3;
          if (bytes > maxBytes) throw tooLarge();
          visit((node as Record<string, unknown>)[key], depth + 1);
        }
        break;
      }
      default:
        throw new CitadelError(ErrorCode.INVALID_PARAMS, 'Params must be plain JSON data');
    }
    if (bytes > maxBytes) throw tooLarge();
  };
  visit(value, 0);
}
