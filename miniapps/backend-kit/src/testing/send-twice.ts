import { expect } from 'vitest';
import type { CallResult } from './caller.js';

/**
 * Sends one write twice (`send` makes the same request, with the same `Idempotency-Key` and body, each time) and
 * expects the second to be answered the first's status and body, replayed (`idempotent-replayed: true`) by the kit's
 * `idempotent`. Resolves with the first answer.
 */
export async function sendTwice(send: () => Promise<CallResult>): Promise<CallResult> {
  const first = await send();
  const again = await send();
  expect(again.status).toBe(first.status);
  expect(again.body).toEqual(first.body);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  return first;
}
