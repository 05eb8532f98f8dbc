import type { Browser, Frame, Page } from 'playwright-core';

/** The page-side globals the fixtures define, for typing `evaluate` callbacks. */
export type Fx = {
  connect(options?: object): Promise<Outcome>;
  call(method: string, params?: unknown): Promise<Outcome>;
  ns(namespace: string, fn: string, params?: unknown): Promise<Outcome>;
  supports(method: string): boolean | undefined;
  ready(): Promise<Outcome>;
  flood(n: number): Promise<{ counts: Record<string, number>; sample?: Outcome }>;
  floodUntilClosed(batch: number, maxCalls: number): Promise<{ counts: Record<string, number>; ended?: Outcome }>;
  events: Array<{ name: string; data: unknown }>;
  /** Every message the page's window received, from its first script on. */
  inbox: unknown[];
};
export type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; code: string; message: string; data: Record<string, unknown> | undefined; isCitadelError: boolean };
export type Harness = {
  supported: string[];
  prompts: Array<{ appId: string; permission: string; accuracy?: string; reason: string }>;
  log: Array<{ id: string; name: string; data: unknown }>;
  /** Every provider method the host ran (`storage.get`, …), in order. */
  handled: string[];
  queued: Array<{ appId: string; permission: string; state: 'waiting' | 'tapped' | 'cancelled' }>;
  /** The ids of the apps the host launched, as `host.onLaunch` told them. */
  launched: string[];
  tapChip(): void;
  /** With the `locationRate` (and `locationWindow`, ms) option: the IndexedDB location log of `appId`, newest first. */
  locationReads(appId: string): Promise<Array<{ at: number; precision: 'precise' | 'coarse'; kind: 'current' | 'watch' }>>;
  activation(): { active: boolean; focused: string | null };
  answer(answer: { granted: boolean; accuracy?: 'precise' | 'coarse'; remember: boolean }): void;
  launch(id: string, path?: string): Promise<string>;
  tryLaunch(manifest: object): string;
  frameAttributes(id: string): { sandbox: string | null; allow: string | null; src: string } | undefined;
  events(id: string, name?: string): Array<{ id: string; name: string; data: unknown }>;
  back(id: string): boolean | undefined;
  close(id: string): void;
  setVisible(id: string, visible: boolean): void;
  emit(id: string, name: string, data: unknown): void;
  frameCount(): number;
  startTicking(): void;
  stopTicking(): number;
};
declare global {
  interface Window {
    fx: Fx;
    harness: Harness;
  }
}

/** Opens the test host page with harness options (`quota`, `heartbeat`, `rate`, `window`, `abuse`, `handshake`, `gestureNews`, `chip`, …). */
export async function openHarness(browser: Browser, hostOrigin: string, options: Record<string, string | number> = {}) {
  const context = await browser.newContext({
    geolocation: { latitude: 16.469_812, longitude: 107.579_438, accuracy: 12 }, // Ngọ Môn, Huế
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const query = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, String(v)]));
  await page.goto(`${hostOrigin}/harness.html?${query}`);
  await page.waitForFunction(() => 'harness' in window);
  return { context, page };
}

/** Waits for the frame whose document is on `origin` (an out-of-process frame is still reachable). */
export async function frameOn(page: Page, origin: string): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(`${origin}/`));
    if (frame) {
      await frame.waitForFunction(() => 'fx' in window);
      return frame;
    }
    await page.waitForTimeout(25);
  }
  throw new Error(`no frame on ${origin}`);
}

/** Launches fixture app `id` in the harness and returns its frame, not yet connected. */
export async function launch(page: Page, id: string, origin: string, path?: string): Promise<Frame> {
  await page.evaluate(([appId, p]) => window.harness.launch(appId!, p), [id, path] as const);
  return frameOn(page, origin);
}

/** Launches and connects fixture app `id`. */
export async function launchConnected(page: Page, id: string, origin: string): Promise<Frame> {
  const frame = await launch(page, id, origin);
  const connected = await frame.evaluate(() => window.fx.connect());
  if (!connected.ok) throw new Error(`connect failed: ${connected.code}`);
  return frame;
}
