import { DEVELOPMENT_CITY } from '@citadel/server';
import { describe, expect, it } from 'vitest';
import { WARD_CENTRES } from '../../miniapps/reporting/backend/src/geocode/ward-centres.js';

// The reporting backend's reverse geocoding falls back to the wards the platform knows: the same names, each once.
describe('the reporting backend\'s ward centres', () => {
  it('are the platform\'s wards of Huế, each once, inside the city', () => {
    expect(WARD_CENTRES.map((w) => w.ward).sort()).toEqual([...DEVELOPMENT_CITY.wards].sort());
    for (const w of WARD_CENTRES) {
      expect(w.latitude).toBeGreaterThan(16.40);
      expect(w.latitude).toBeLessThan(16.52);
      expect(w.longitude).toBeGreaterThan(107.52);
      expect(w.longitude).toBeLessThan(107.65);
    }
  });
});
