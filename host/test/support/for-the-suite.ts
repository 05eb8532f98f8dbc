import { afterAll, beforeAll } from 'vitest';

/**
 * Runs `start` before the suite's tests and closes what it started after them (vitest `beforeAll` and
 * `afterAll`, so call it inside a `describe`). The object returned is empty until then: it takes on
 * what `start` resolved with, so read its fields in tests and later hooks, never while the suite is collected.
 */
export function forTheSuite<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const running = {} as T;
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
    Object.assign(running, started);
  });
  afterAll(() => started?.close());
  return running;
}
