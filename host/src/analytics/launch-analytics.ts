import { ANALYTICS_REPORT_LIMITS, type AnalyticsReportBody } from '@citadel/protocol/api';
import type { AppInstance, Host } from '@citadel/runtime';
import type { SendReport } from './api.js';

/** One launch measured: when its tap came (`performance.now()`), and its tap → `ready` ms (`undefined` while waiting). */
interface Launch {
  readonly appId: string;
  readonly tappedAt: number;
  readyMs: number | null | undefined;
}

/** What the host measures of the apps it runs, for their analytics (docs/security-model.md, "What the host reports"). */
export interface LaunchAnalytics {
  /** The citizen asked to open `appId` (a tile, a notification, retry, accepting an update): its tap → `ready` starts now. */
  tapped(appId: string): void;
  /** Starts measuring every launch of the host, and sending on page hide and every `intervalMs`. */
  start(): void;
  /** Stops measuring and sending; what is queued is dropped. */
  stop(): void;
}

/** Options of `createLaunchAnalytics`. */
export interface LaunchAnalyticsOptions {
  readonly host: Pick<Host, 'onLaunch'>;
  readonly send: SendReport;
  /** Whether a citizen is signed in (`undefined` while not known yet): only their reports count, so nothing else is sent. */
  readonly signedIn: () => boolean | undefined;
  /** The clock of tap → `ready`. Default `performance.now()`. */
  readonly now?: () => number;
  /** How often a visible page sends what is queued, ms. Default 300 000 (5 minutes). */
  readonly intervalMs?: number;
}

const { launchesPerReport, errorCountsPerReport, maxReadyMs, maxErrorCount } = ANALYTICS_REPORT_LIMITS;

/**
 * Measures, for each app the host launches, the time from the citizen's tap to the app's `ready` (an app that does
 * not say `ready` within `maxReadyMs`, or before the page is hidden, counts as never ready), and counts the bridge
 * errors its calls were answered with, by code. It sends them in batches, cheap on a slow network: when the page is
 * hidden or goes away (one `keepalive` request), when a full report's worth of launches is waiting, and every
 * `intervalMs`. A batch that fails is dropped, and nothing is sent for a signed-out citizen.
 */
export function createLaunchAnalytics(options: LaunchAnalyticsOptions): LaunchAnalytics {
  const now = options.now ?? (() => performance.now());
  const taps = new Map<string, number>();
  let launches: Launch[] = [];
  let errors = new Map<string, { appId: string; code: AnalyticsReportBody['errors'][number]['code']; count: number }>();
  let stops: Array<() => void> = [];

  const flush = (final: boolean) => {
    const signedIn = options.signedIn();
    if (signedIn === undefined && !final) return;
    const waiting: Launch[] = [];
    const done: AnalyticsReportBody['launches'] = [];
    for (const launch of launches) {
      if (launch.readyMs === undefined && !final && now() - launch.tappedAt <= maxReadyMs) waiting.push(launch);
      else done.push({ appId: launch.appId, readyMs: launch.readyMs ?? null });
    }
    const counts = [...errors.values()];
    launches = waiting;
    errors = new Map();
    if (!signedIn) return;
    for (let i = 0; i < Math.max(done.length, counts.length); i += Math.max(launchesPerReport, errorCountsPerReport)) {
      const report = { launches: done.slice(i, i + launchesPerReport), errors: counts.slice(i, i + errorCountsPerReport) };
      if (report.launches.length + report.errors.length > 0) options.send(report).catch(() => undefined);
    }
  };

  const measure = (instance: AppInstance) => {
    const appId = instance.app.id;
    const launch: Launch = { appId, tappedAt: taps.get(appId) ?? now(), readyMs: undefined };
    taps.delete(appId);
    launches.push(launch);
    instance.on('ready', () => {
      if (launch.readyMs !== undefined) return; // a later `ready` (a reloaded page) is not this launch's
      const ms = Math.round(now() - launch.tappedAt);
      launch.readyMs = ms <= maxReadyMs ? ms : null;
      if (launches.filter((l) => l.readyMs !== undefined).length >= launchesPerReport) flush(false);
    });
    instance.on('bridgeError', ({ code }) => {
      const key = `${appId} ${code}`;
      const count = errors.get(key);
      if (count) count.count = Math.min(maxErrorCount, count.count + 1);
      else errors.set(key, { appId, code, count: 1 });
    });
  };

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush(true);
  };
  const onPageHide = () => flush(true);
  return {
    tapped(appId) {
      taps.set(appId, now());
    },
    start() {
      if (stops.length > 0) return;
      const timer = setInterval(() => flush(false), options.intervalMs ?? 300_000);
      document.addEventListener('visibilitychange', onVisibility);
      addEventListener('pagehide', onPageHide);
      stops = [
        options.host.onLaunch(measure),
        () => clearInterval(timer),
        () => document.removeEventListener('visibilitychange', onVisibility),
        () => removeEventListener('pagehide', onPageHide),
      ];
    },
    stop() {
      for (const stop of stops.splice(0)) stop();
      launches = [];
      errors = new Map();
      taps.clear();
    },
  };
}
