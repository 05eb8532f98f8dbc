import type { Position } from '@citadel/protocol';

/** Grid step for coarse positions: 0.01° of latitude is about 1.1 km. */
const step = 0.01;

/**
 * Snaps a position to the centre of a ~1 km grid cell. Snapping (not adding noise) means
 * repeated calls give the same answer, so averaging many of them reveals nothing finer.
 */
export function coarsen(position: Position): Position {
  const snap = (v: number) => Math.round((Math.floor(v / step) + 0.5) * step * 1e6) / 1e6;
  return {
    latitude: Math.min(90, Math.max(-90, snap(position.latitude))),
    longitude: Math.min(180, Math.max(-180, snap(position.longitude))),
    accuracy: Math.max(position.accuracy, 1000),
    precision: 'coarse',
    timestamp: Math.floor(position.timestamp / 60_000) * 60_000,
  };
}
