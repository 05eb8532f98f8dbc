// The bridge benchmark: one interleaved run in Chromium, every figure a ratio to a floor
// measured in the same run (this machine is noisy; absolute numbers mean little). Bridge and
// floor take turns batch by batch (round trips) and slice by slice (throughput), in A B B A
// order, so load from other processes hits both alike.
//   round trip p50      bridge call vs a raw MessagePort echo to the same frame   target ≤ 1.15×
//   throughput          bridge calls/s vs raw echoes/s, 32 in flight              target ≥ 0.80×
//   cold launch         iframe inserted → first call answered vs an empty page    target ≤ 1.15×
import type { Frame } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { fixtureApps, startFixturePlatform } from '../support/fixture-platform.js';
import { fixed, median, quantile } from './stats.js';

const ROUNDS = 12;
const BATCHES_PER_ROUND = 20;
const CALLS_PER_BATCH = 25;
const THROUGHPUT_CALLS = 3000;
const THROUGHPUT_SLICES = 6;
const COLD_RUNS = 15;

type BenchApp = {
  hasRaw(): boolean;
  rtt(kinds: string[], batches: number, perBatch: number): Promise<Record<string, number[]>>;
  throughput(kinds: string[], n: number, inFlight: number, slices: number): Promise<Record<string, number>>;
};
declare global {
  interface Window {
    benchApp: BenchApp;
    bench: { open(m: unknown): Promise<void>; cold(kind: string, m: unknown): Promise<number> };
  }
}

const platform = await startFixturePlatform();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${platform.hostOrigin}/bench.html`);
  const apps = (await (await fetch(`${platform.hostOrigin}/api/apps`)).json()) as { apps: Array<{ id: string }> };
  const manifest = apps.apps.find((a) => a.id === 'bench');
  if (!manifest || !fixtureApps.some((a) => a.id === 'bench')) throw new Error('bench fixture app missing');
  await page.waitForFunction(() => 'bench' in window);
  await page.evaluate((m) => window.bench.open(m), manifest);
  const frame = page.frames().find((f) => f.url().startsWith(platform.origin('bench'))) as Frame;
  await frame.waitForFunction(() => 'benchApp' in window && window.benchApp.hasRaw());

  // Warm up both paths (JIT, caches), then interleave rounds so drift hits both alike.
  await frame.evaluate(() => window.benchApp.rtt(['raw', 'bridge'], 10, 25));
  const raw: number[] = [];
  const bridge: number[] = [];
  const rawRate: number[] = [];
  const bridgeRate: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['raw', 'bridge'] : ['bridge', 'raw'];
    const samples = await frame.evaluate(([k, b, n]) => window.benchApp.rtt(k, b, n), [order, BATCHES_PER_ROUND, CALLS_PER_BATCH] as const);
    raw.push(...samples.raw!);
    bridge.push(...samples.bridge!);
    const rates = await frame.evaluate(([k, n, s]) => window.benchApp.throughput(k, n, 32, s), [order, THROUGHPUT_CALLS, THROUGHPUT_SLICES] as const);
    rawRate.push(rates.raw!);
    bridgeRate.push(rates.bridge!);
  }

  const coldBridge: number[] = [];
  const coldEmpty: number[] = [];
  await page.evaluate((m) => window.bench.cold('empty', m), manifest); // first process spawn is an outlier
  for (let run = 0; run < COLD_RUNS; run++) {
    const order = run % 2 === 0 ? ['empty', 'bridge'] : ['bridge', 'empty'];
    for (const kind of order) {
      const ms = await page.evaluate(([k, m]) => window.bench.cold(k as string, m), [kind, manifest] as const);
      (kind === 'bridge' ? coldBridge : coldEmpty).push(ms);
    }
  }

  const p50 = median(bridge) / median(raw);
  const throughput = median(bridgeRate) / median(rawRate);
  const cold = median(coldBridge) / median(coldEmpty);
  const row = (name: string, ratio: number, target: string, ok: boolean, detail: string) =>
    console.log(`${name.padEnd(22)} ${fixed(ratio).padStart(6)}×   target ${target.padEnd(8)} ${ok ? 'met ' : 'MISSED'}   ${detail}`);
  console.log(`\nCitadel bridge bench (Chromium, ${ROUNDS} interleaved rounds × ${BATCHES_PER_ROUND} batches of ${CALLS_PER_BATCH} calls; ${COLD_RUNS} cold launches each)\n`);
  row('round trip p50', p50, '≤ 1.15', p50 <= 1.15, `bridge ${fixed(median(bridge), 3)} ms, raw port ${fixed(median(raw), 3)} ms; p95 of batch means ${fixed(quantile(bridge, 0.95), 3)} vs ${fixed(quantile(raw, 0.95), 3)} ms`);
  row('throughput', throughput, '≥ 0.80', throughput >= 0.8, `bridge ${Math.round(median(bridgeRate))} calls/s, raw port ${Math.round(median(rawRate))} msgs/s`);
  row('cold launch', cold, '≤ 1.15', cold <= 1.15, `bridge ${fixed(median(coldBridge), 1)} ms, empty page ${fixed(median(coldEmpty), 1)} ms`);
} finally {
  await browser.close();
  await platform.close();
}
