import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveEvents, type LiveEventsOptions } from '../../host/src/live/live-events.js';

/** A stand-in for the browser's EventSource: records what was opened and lets the test play the server. */
class FakeSource {
  static opened: FakeSource[] = [];
  readonly listeners = new Map<string, Array<(event: MessageEvent<string>) => void>>();
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown, lastEventId = '') {
    for (const listener of this.listeners.get(name) ?? []) listener({ data: typeof data === 'string' ? data : JSON.stringify(data), lastEventId } as MessageEvent<string>);
  }
  fail() {
    this.onerror?.();
  }
}

const alert = {
  id: 'alr_0123456789ab', sender: 'UBND thành phố Huế', severity: 'extreme', category: 'flood', headline: { vi: 'Lũ' }, description: { vi: 'Sơ tán.' },
  instruction: null, area: { description: 'Vỹ Dạ', wards: ['Vỹ Dạ'], polygons: [] }, sentAt: '2026-12-04T22:00:00.000Z',
  expiresAt: '2026-12-05T22:00:00.000Z', recipients: 1, readAt: null,
};

// The host's side of the live stream (host/src/live/live-events.ts): contract-checked events, resume
// after the last id, backoff with a polling fallback, and a status only when the trouble persists.
describe('the host\'s live events', () => {
  let calls: string[];
  let options: LiveEventsOptions;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    FakeSource.opened = [];
    calls = [];
    options = {
      EventSource: FakeSource as unknown as typeof EventSource,
      onOpen: () => calls.push('open'),
      onAlert: (a) => calls.push(`alert ${a.id}`),
      onNotification: (n) => calls.push(`notification ${n.id}`),
      onDown: () => calls.push('down'),
      onLost: (lost) => calls.push(`lost ${lost}`),
      onEnd: () => calls.push('end'),
    };
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('delivers events that match the contract, drops the rest, and resumes after the last id', () => {
    const live = createLiveEvents(options);
    live.start();
    const first = FakeSource.opened[0]!;
    expect(first.url).toBe('/api/me/events');
    first.emit('ready', {}, '41');
    first.emit('alert', alert, '42');
    first.emit('alert', { ...alert, severity: 'apocalyptic' }, '43');
    first.emit('alert', 'not json', '44');
    expect(calls).toEqual(['open', `alert ${alert.id}`]);
    first.fail();
    expect(first.closed).toBe(true);
    vi.advanceTimersByTime(1_000);
    // The last id seen, even of a dropped event, so the server does not send it again.
    expect(FakeSource.opened[1]!.url).toBe('/api/me/events?after=44');
    live.stop();
    expect(FakeSource.opened[1]!.closed).toBe(true);
  });

  it('backs off 1, 2, 4 s …, polls meanwhile, reports a persisting loss once, and clears it when live again', () => {
    const live = createLiveEvents(options);
    live.start();
    FakeSource.opened[0]!.fail();
    expect(calls).toEqual(['down']);
    // Jitter is half to all of the delay; Math.random() is 0.5 here, so 0.75 of it.
    vi.advanceTimersByTime(749);
    expect(FakeSource.opened).toHaveLength(1);
    vi.advanceTimersByTime(1);
    FakeSource.opened[1]!.fail();
    vi.advanceTimersByTime(1_500);
    FakeSource.opened[2]!.fail();
    expect(calls).toEqual(['down', 'lost true']);
    vi.advanceTimersByTime(3_000);
    FakeSource.opened[3]!.emit('ready', {}, '7');
    expect(calls).toEqual(['down', 'lost true', 'lost false', 'open']);
    // The delay never exceeds 30 s.
    for (let i = 0; i < 10; i++) {
      FakeSource.opened.at(-1)!.fail();
      vi.advanceTimersByTime(30_000);
    }
    expect(FakeSource.opened).toHaveLength(14);
    live.stop();
  });

  it('stops and reports the end of the session', () => {
    const live = createLiveEvents(options);
    live.start();
    FakeSource.opened[0]!.emit('end', { reason: 'signed-out' });
    expect(calls).toEqual(['end']);
    expect(FakeSource.opened[0]!.closed).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(FakeSource.opened).toHaveLength(1);
  });
});
