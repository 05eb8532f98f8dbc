import { describe, expect, it } from 'vitest';
import { PLACES, TOILETS } from '../src/places/catalogue.js';
import { distanceMetres, nearest } from '../src/places/geo.js';
import { createTicketSigner } from '../src/tickets/ticket-code.js';

describe('the catalogue, distances and ticket codes', () => {
  it('holds about thirty places and ten toilets in Huế, each with both languages and whole VND prices', () => {
    expect(PLACES.length).toBeGreaterThanOrEqual(28);
    expect(TOILETS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of [...PLACES, ...TOILETS]) {
      expect(p.latitude, p.id).toBeGreaterThan(16.1);
      expect(p.latitude, p.id).toBeLessThan(16.7);
      expect(p.longitude, p.id).toBeGreaterThan(107.4);
      expect(p.longitude, p.id).toBeLessThan(108.0);
      expect(p.name.vi && p.name.en, p.id).toBeTruthy();
    }
    for (const p of PLACES) {
      expect(Number.isInteger(p.ticketVnd) && p.ticketVnd >= 0, p.id).toBe(true);
      expect(p.description.vi.length && p.description.en.length, p.id).toBeGreaterThan(20);
    }
  });

  it('measures haversine distances', () => {
    // Trường Tiền bridge to the Noon Gate: about 1.3 km.
    const d = distanceMetres({ latitude: 16.4680, longitude: 107.5902 }, { latitude: 16.4680, longitude: 107.5786 });
    expect(d).toBeGreaterThan(1200);
    expect(d).toBeLessThan(1300);
    expect(distanceMetres({ latitude: 16.46, longitude: 107.59 }, { latitude: 16.46, longitude: 107.59 })).toBe(0);
  });

  it('lists the nearest first, up to the limit', () => {
    const near = nearest(PLACES, { latitude: 16.4690, longitude: 107.5790 }, 3);
    expect(near.map((p) => p.id)[0]).toBe('dai-noi');
    expect(near).toHaveLength(3);
    expect(near[0]!.distanceM).toBeLessThanOrEqual(near[1]!.distanceM);
  });

  it('signs ticket codes that only the secret can make', () => {
    const signer = createTicketSigner(Buffer.alloc(32, 7));
    const code = signer.sign({ reference: 'TK-abcdefghijkl', placeId: 'dai-noi', quantity: 2 });
    expect(signer.verify(code)).toEqual({ reference: 'TK-abcdefghijkl', placeId: 'dai-noi', quantity: 2 });
    expect(signer.verify(code.replace('.2.', '.3.'))).toBeUndefined();
    expect(createTicketSigner(Buffer.alloc(32, 8)).verify(code)).toBeUndefined();
    expect(signer.verify('nonsense')).toBeUndefined();
  });
});
