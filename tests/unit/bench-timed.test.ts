import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the scripts, without types
import { runEach } from '../../scripts/lib/run-each.mjs';
import { timed } from '../bench/http-client.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A bench shuts down in order: stop the load, drain what is in flight, then close the server and
// the pool (a bench once closed its pool under runs still in flight: "Cannot use a pool after calling end").
describe('timed, the benches\' load runner', () => {
  it('resolves with one time per run, never more than `concurrency` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const times = await timed(20, 4, async () => {
      most = Math.max(most, ++inFlight);
      await sleep(2);
      inFlight--;
    });
    expect(times).toHaveLength(20);
    expect(most).toBe(4);
  });

  it('after a failure starts no new run, waits for every run in flight, then throws the first failure', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const outcome = timed(100, 4, async (i) => {
      started.push(i);
      if (i === 5) {
        await sleep(1);
        throw new Error('run 5 failed');
      }
      await sleep(i >= 4 ? 30 : 5); // runs 4, 6 and 7 are still in flight when 5 fails
      finished.push(i);
    });
    const settled = await outcome.then(() => 'resolved', (error: Error) => error.message);
    expect(settled).toBe('run 5 failed');
    // Every run that started and did not fail had finished before `timed` threw: closing the server now is safe.
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(finished.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 6, 7]);
  });
});

describe('runEach, how npm run bench runs its benches', () => {
  it('runs every bench after one fails or throws, and names the failed ones', async () => {
    const ran: string[] = [];
    const failed = await runEach(['a', 'b', 'c', 'd'], async (name: string) => {
      ran.push(name);
      if (name === 'b') return 1;
      if (name === 'c') throw new Error('pool ended');
      return 0;
    });
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
    expect(failed).toEqual(['b', 'c']);
  });
});
