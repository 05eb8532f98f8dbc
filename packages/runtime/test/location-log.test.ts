import { describe, expect, it } from 'vitest';
import { CitadelError } from '@citadel/protocol';
import { createMemoryLocationLog, rateRefusal } from '../src/location/read-log.js';

const rate = { limit: 3, windowMs: 1000 };
const read = (at: number) => ({ at, precision: 'coarse' as const, kind: 'current' as const });

describe('location read log', () => {
  it('refuses the read past the limit within the sliding window, naming limit, windowMs and retryAfterMs', async () => {
    const log = createMemoryLocationLog();
    for (const at of [0, 100, 200]) await log.record('a', read(at), rate);
    const refusal = await log.record('a', read(500), rate).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CitadelError);
    expect(refusal).toMatchObject({ code: 'RATE_LIMITED', data: { limit: 3, windowMs: 1000, retryAfterMs: 500 } });
    // Another app has its own count; the refused read was not logged; the oldest leaving frees a slot.
    await expect(log.check('a', 500, rate)).rejects.toMatchObject({ code: 'RATE_LIMITED', data: { retryAfterMs: 500 } });
    await log.check('a', 1000, rate);
    await log.record('b', read(500), rate);
    expect(await log.list('a', 0)).toHaveLength(3);
    await log.record('a', read(1000), rate);
    expect((await log.list('a', 0)).map((r) => r.at)).toEqual([1000, 200, 100, 0]);
  });

  it('keeps reads for keepMs and at most maxPerApp per app', async () => {
    const log = createMemoryLocationLog({ keepMs: 10_000, maxPerApp: 2 });
    const loose = { limit: 100, windowMs: 1 };
    for (const at of [0, 1, 2]) await log.record('a', read(at), loose);
    expect((await log.list('a', 0)).map((r) => r.at)).toEqual([2, 1]);
    await log.record('a', read(10_002), loose);
    expect((await log.list('a', 0)).map((r) => r.at)).toEqual([10_002]);
    await log.clear('a');
    expect(await log.list('a', 0)).toEqual([]);
  });

  it('answers undefined below the limit', () => {
    expect(rateRefusal([0, 1], 2, rate)).toBeUndefined();
    expect(rateRefusal([0, 1, 2], 1000, rate)).toBeUndefined();
  });
});
