import { CitadelError, ErrorCode, type Accuracy, type Position } from '@citadel/protocol';
import type { CallContext, Provider } from '../types.js';
import { coarsen } from './coarsen.js';
import { defaultLocationReadRate, type LocationLog, type LocationRead, type LocationReadRate } from './read-log.js';

/** Options of the browser location provider. */
export interface BrowserLocationOptions {
  /** The Geolocation API to ask. Default `navigator.geolocation`. */
  readonly geolocation?: Geolocation;
  /** How long the device may take for a fix, ms. Default 15 000. */
  readonly timeoutMs?: number;
  /** How old a cached fix may be, ms. Default 30 000. */
  readonly maximumAgeMs?: number;
  /** Concurrent watches per app instance. Default 4. */
  readonly maxWatches?: number;
  /**
   * Where each read is logged per app (a `getCurrent`, or the start of a `watch`), and counted
   * against `readRate`. Default none: reads are neither logged nor limited.
   */
  readonly log?: LocationLog;
  /** Reads per app and window, with `log`. Default 60 an hour. */
  readonly readRate?: LocationReadRate;
}

const toPosition = (p: GeolocationPosition, precision: Accuracy): Position => {
  const position: Position = {
    latitude: p.coords.latitude,
    longitude: p.coords.longitude,
    accuracy: p.coords.accuracy,
    precision: 'precise',
    timestamp: p.timestamp,
  };
  return precision === 'precise' ? position : coarsen(position);
};

const toError = (error: GeolocationPositionError) =>
  error.code === error.PERMISSION_DENIED
    ? new CitadelError(ErrorCode.PERMISSION_DENIED, 'The browser refused location to the host', { by: 'browser' })
    : new CitadelError(ErrorCode.UNAVAILABLE, 'No position could be found');

/**
 * The `location` provider: the host (never the frame) asks the browser, after the citizen
 * allowed it in a host-drawn prompt. Coarse (~1 km) unless precise was asked and granted.
 */
export function createBrowserLocation(options: BrowserLocationOptions = {}): Provider<'location'> {
  const geo = () => options.geolocation ?? navigator.geolocation;
  const positionOptions = (precision: Accuracy): PositionOptions => ({
    enableHighAccuracy: precision === 'precise',
    timeout: options.timeoutMs ?? 15_000,
    maximumAge: options.maximumAgeMs ?? 30_000,
  });
  // Watches per app instance, keyed by the instance's session signal.
  const watches = new WeakMap<AbortSignal, Map<string, number>>();
  let nextId = 0;

  const grantedPrecision = async (asked: Accuracy | undefined, context: CallContext, kind: LocationRead['kind']): Promise<Accuracy> => {
    const want = asked ?? 'coarse';
    const rate = options.readRate ?? defaultLocationReadRate;
    // An app past its rate draws no prompt; the count that decides is the one taken with the log entry.
    await options.log?.check(context.app.id, Date.now(), rate);
    const grant = await context.requestGrant('location', { accuracy: want });
    const precision = want === 'precise' && grant.accuracy === 'precise' ? 'precise' : 'coarse';
    // Logged and counted once allowed, before the device is asked: past the rate, RATE_LIMITED.
    await options.log?.record(context.app.id, { at: Date.now(), precision, kind }, rate);
    return precision;
  };

  const stop = (signal: AbortSignal, watchId: string, context: CallContext) => {
    const map = watches.get(signal);
    const id = map?.get(watchId);
    if (map === undefined || id === undefined) return false;
    geo().clearWatch(id);
    map.delete(watchId);
    if (map.size === 0) context.activity('location-watch', false);
    return true;
  };

  return {
    async getCurrent({ accuracy }, context) {
      const precision = await grantedPrecision(accuracy, context, 'current');
      return new Promise<Position>((resolve, reject) => {
        geo().getCurrentPosition(
          (p) => resolve(toPosition(p, precision)),
          (e) => reject(toError(e)),
          positionOptions(precision),
        );
      });
    },
    async watch({ accuracy }, context) {
      const precision = await grantedPrecision(accuracy, context, 'watch');
      const { signal } = context;
      let map = watches.get(signal);
      if (!map) watches.set(signal, (map = new Map()));
      const max = options.maxWatches ?? 4;
      if (map.size >= max) {
        throw new CitadelError(ErrorCode.RATE_LIMITED, `At most ${max} location watches at once`, { limit: max });
      }
      const watchId = `w${++nextId}`;
      const id = geo().watchPosition(
        (p) => context.emit('location', { watchId, position: toPosition(p, precision) }),
        (e) => {
          const error = toError(e);
          context.emit('location', { watchId, error: error.code as 'PERMISSION_DENIED' | 'UNAVAILABLE' });
          if (error.code === ErrorCode.PERMISSION_DENIED) stop(signal, watchId, context);
        },
        positionOptions(precision),
      );
      map.set(watchId, id);
      context.activity('location-watch', true);
      signal.addEventListener('abort', () => stop(signal, watchId, context), { once: true });
      // Revoked in the host's consent center: the watch ends now, not when the app closes.
      context.revoked('location').addEventListener('abort', () => {
        if (stop(signal, watchId, context)) context.emit('location', { watchId, error: 'PERMISSION_DENIED' });
      }, { once: true });
      return { watchId };
    },
    async clearWatch({ watchId }, context) {
      stop(context.signal, watchId, context);
      return null;
    },
  };
}
