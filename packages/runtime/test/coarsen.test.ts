import { describe, expect, it } from 'vitest';
import { coarsen } from '../src/location/coarsen.js';

const at = (latitude: number, longitude: number) => ({ latitude, longitude, accuracy: 5, precision: 'precise' as const, timestamp: 1_700_000_123_456 });

describe('coarsen', () => {
  it('snaps to the centre of a ~1 km cell and says so', () => {
    expect(coarsen(at(16.469_812, 107.579_438))).toEqual({ latitude: 16.465, longitude: 107.575, accuracy: 1000, precision: 'coarse', timestamp: 1_700_000_100_000 });
  });

  it('gives every point of a cell the same answer, so averaging reveals nothing', () => {
    const a = coarsen(at(16.4601, 107.5701));
    const b = coarsen(at(16.4699, 107.5799));
    expect([a.latitude, a.longitude]).toEqual([b.latitude, b.longitude]);
  });

  it('handles negative coordinates and the poles', () => {
    expect(coarsen(at(-33.8688, 151.2093))).toMatchObject({ latitude: -33.865, longitude: 151.205 });
    expect(coarsen(at(90, 180)).latitude).toBeLessThanOrEqual(90);
  });
});
