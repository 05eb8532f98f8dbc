import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsReportBody } from '@citadel/protocol/api';
import { createLaunchAnalytics, type LaunchAnalyticsOptions } from '../../host/src/analytics/launch-analytics.js';

/** A stand-in for a launched app instance: the test plays its `ready` and `bridgeError` events. */
const fakeInstance = (id: string) => {
  const listeners = new Map<string, Array<(data: unknown) => void>>();
  return {
    app: { id },
    on(name: string, listener: (data: unknown) => void) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return () => undefined;
    },
    emit(name: string, data?: unknown) {
      for (const listener of listeners.get(name) ?? []) listener(data);
    },
  };
};

describe('the host\'s launch analytics', () => {
  let clock = 0;
  let signedIn: boolean | undefined = true;
  let sent: AnalyticsReportBody[] = [];
  let launchers: Array<(instance: never) => void> = [];
  const page = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const start = (options: Partial<LaunchAnalyticsOptions> = {}) => {
    const analytics = createLaunchAnalytics({
      host: { onLaunch: (listener) => (launchers.push(listener as never), () => { launchers = launchers.filter((l) => l !== listener); }) },
      send: async (report) => { sent.push(report); },
      signedIn: () => signedIn,
      now: () => clock,
      ...options,
    });
    analytics.start();
    return analytics;
  };
  const launch = (id: string) => {
    const instance = fakeInstance(id);
    for (const listener of launchers) listener(instance as never);
    return instance;
  };
  const hide = () => page.dispatchEvent(new Event('pagehide'));

  beforeEach(() => {
    clock = 1000;
    signedIn = true;
    sent = [];
    launchers = [];
    vi.useFakeTimers();
    vi.stubGlobal('document', doc);
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('measures from the citizen\'s tap to the app\'s first ready, counts errors by code, and sends them once when the page goes', () => {
    const analytics = start();
    analytics.tapped('water');
    clock += 400; // the launch check
    const app = launch('water');
    clock += 250;
    app.emit('ready');
    clock += 5000;
    app.emit('ready'); // a reloaded page's ready is not this launch's
    app.emit('bridgeError', { code: 'PERMISSION_DENIED', method: 'location.getCurrent' });
    app.emit('bridgeError', { code: 'PERMISSION_DENIED', method: 'location.getCurrent' });
    app.emit('bridgeError', { code: 'INVALID_PARAMS', method: 'storage.get' });
    expect(sent).toEqual([]);
    hide();
    expect(sent).toEqual([{
      launches: [{ appId: 'water', readyMs: 650 }],
      errors: [{ appId: 'water', code: 'PERMISSION_DENIED', count: 2 }, { appId: 'water', code: 'INVALID_PARAMS', count: 1 }],
    }]);
    hide();
    expect(sent).toHaveLength(1);
    analytics.stop();
  });

  it('sends a launch that never said ready, or said it after 2 minutes, as not ready (null)', () => {
    const analytics = start();
    launch('school');
    const slow = launch('water');
    clock += 120_001;
    slow.emit('ready');
    doc.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    doc.visibilityState = 'visible';
    expect(sent).toEqual([{ launches: [{ appId: 'school', readyMs: null }, { appId: 'water', readyMs: null }], errors: [] }]);
    analytics.stop();
  });

  it('sends nothing for a signed-out citizen, and drops what it measured then', () => {
    const analytics = start();
    signedIn = false;
    launch('water').emit('ready');
    hide();
    signedIn = true;
    hide();
    expect(sent).toEqual([]);
    analytics.stop();
  });

  it('sends a full report as soon as 50 launches are ready, and splits a larger batch into reports of 50', () => {
    const analytics = start();
    for (let i = 0; i < 50; i++) launch('water').emit('ready');
    expect(sent.map((r) => r.launches.length)).toEqual([50]);
    for (let i = 0; i < 49; i++) launch('water').emit('ready');
    for (let i = 0; i < 71; i++) launch('school');
    hide();
    expect(sent.map((r) => r.launches.length)).toEqual([50, 50, 50, 20]);
    analytics.stop();
  });

  it('sends every interval what is ready, keeping a launch still loading, and stops with stop()', () => {
    const analytics = start({ intervalMs: 60_000 });
    launch('water').emit('ready');
    const loading = launch('school');
    vi.advanceTimersByTime(60_000);
    expect(sent).toEqual([{ launches: [{ appId: 'water', readyMs: 0 }], errors: [] }]);
    clock += 300;
    loading.emit('ready');
    vi.advanceTimersByTime(60_000);
    expect(sent.at(-1)).toEqual({ launches: [{ appId: 'school', readyMs: 300 }], errors: [] });
    analytics.stop();
    launch('water').emit('ready');
    hide();
    vi.advanceTimersByTime(60_000);
    expect(sent).toHaveLength(2);
    expect(launchers).toEqual([]);
  });
});
