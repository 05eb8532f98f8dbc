import type { PartnerAccess } from '@citadel/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../src/index.js';

// Only `current()` is read: no credentials yet, so each run gets `undefined` for the client.
const access = { current: async () => undefined } as unknown as PartnerAccess;

describe('startBackground', () => {
  afterEach(() => void vi.useRealTimers());

  it('runs each task every period, logs a failed run and keeps going, and stops when told', async () => {
    vi.useFakeTimers();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const runs: Array<unknown> = [];
    let fail = true;
    const stop = startBackground('kit-test', access, [{
      label: 'retry', seconds: 30,
      run: async (citadel) => {
        runs.push(citadel);
        if (fail) { fail = false; throw new Error('platform down'); }
      },
    }]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([undefined]);
    expect(logged).toHaveBeenCalledWith('kit-test: retry:', expect.objectContaining({ message: 'platform down' }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(3);
    stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toHaveLength(3);
    logged.mockRestore();
  });
});
