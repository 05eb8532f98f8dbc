import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_CREDENTIALS, testDatabases, useTestBackend } from '@citadel-miniapp/backend-kit/testing';
import { openTourismDatabase } from '../src/db/open.js';
import { startTourismBackend } from '../src/server.js';
import { parseGateKeys } from '../src/tickets/gates.js';

/** The app's own manifest: the test platform checks its notifications' topics and deep links against it, as the platform does. */
const manifest: unknown = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://tourism.apps.citadel.example';
const GATE_KEY = 'gate-key-ngo-mon-0001';

describe.each(testDatabases(openTourismDatabase))('the tourism backend on $name', (testDb) => {
  const t = useTestBackend({ appId: 'tourism', appOrigin, database: testDb, manifest, start: (options) => startTourismBackend({ ...options, gateKeys: parseGateKeys(`ngo-mon:${GATE_KEY},hien-nhon:${GATE_KEY}-2`) }) });
  const { call } = t;
  const deliver = (id: string, data: Record<string, unknown>, secret?: string) => t.deliver(id, 'payment.succeeded', data, secret);


  it('lists the places, toilets and one place publicly, without a token', async () => {
    const { status, body } = await call('/public/places');
    expect(status).toBe(200);
    const daiNoi = body.places.find((p: { id: string }) => p.id === 'dai-noi');
    expect(daiNoi).toMatchObject({ name: { vi: 'Đại Nội Huế' }, ticketVnd: 200_000, hours: { opens: '06:30', closes: '17:30' }, rating: null });
    expect((await call('/public/toilets')).body.toilets.length).toBeGreaterThanOrEqual(10);
    expect((await call('/public/places/chua-thien-mu')).body).toMatchObject({ place: { ticketVnd: 0 }, reviews: { count: 0, average: null, reviews: [] } });
    expect((await call('/public/places/nowhere')).status).toBe(404);
    expect((await call('/public/places', { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('finds the nearest places and toilets to a position, with distances', async () => {
    const { body } = await call('/public/near?lat=16.4690&lon=107.5790&limit=3');
    expect(body.places).toHaveLength(3);
    expect(body.places[0]).toMatchObject({ id: 'dai-noi', distanceM: expect.any(Number) });
    expect(body.places[0].distanceM).toBeLessThan(200);
    expect(body.toilets[0].id).toBe('wc-ngo-mon');
    expect((await call('/public/near?lat=16.4&lon=107.5&limit=99')).body).toMatchObject({ code: 'INVALID_PARAMS' });
    expect((await call('/public/near?lat=north&lon=107.5')).status).toBe(400);
  });

  it('sells a ticket at its own price, marks it paid only on a matching signed webhook, and signs its code', async () => {
    expect((await call('/tickets', { body: { placeId: 'dai-noi' } })).body.code).toBe('MISSING_TOKEN');
    expect((await call('/tickets', { sub: 'citizen-a', body: { placeId: 'chua-thien-mu' } })).body.code).toBe('FREE_ENTRY');
    expect((await call('/tickets', { sub: 'citizen-a', body: { placeId: 'dai-noi', amount: 1 } })).body.code).toBe('INVALID_PARAMS');
    expect((await call('/tickets', { sub: 'citizen-a', body: { placeId: 'dai-noi', quantity: 11 } })).body.code).toBe('INVALID_PARAMS');

    const bought = await call('/tickets', { sub: 'citizen-a', body: { placeId: 'dai-noi', quantity: 2 } });
    expect(bought.status).toBe(201);
    const ticket = bought.body.ticket;
    expect(ticket).toMatchObject({ placeId: 'dai-noi', quantity: 2, amount: 400_000, status: 'pending', code: null, orderId: expect.stringMatching(/^ord_/) });
    // The platform got the backend's price, with the ticket's own reference as the idempotency key.
    expect(t.platform.orders.find((o) => o.key === ticket.reference)!.body).toMatchObject({ amount: 400_000, reference: ticket.reference, description: 'Vé tham quan Đại Nội Huế × 2' });
    expect((await call(`/tickets/${ticket.reference}`, { sub: 'citizen-b' })).status).toBe(404);

    const paid = { orderId: ticket.orderId, paymentId: 'pay_1', amount: 400_000, currency: 'VND', reference: ticket.reference, metadata: {}, sub: 'citizen-a', paidAt: new Date().toISOString() };
    // Forged, short-paid, and some other citizen's payment: none counts.
    expect((await deliver('msg_0', paid, 'whsec_b3RoZXJzZWNyZXRvdGhlcnNlY3JldA==')).status).toBe(400);
    expect((await deliver('msg_1', { ...paid, amount: 1000 })).status).toBe(422);
    expect((await deliver('msg_2', { ...paid, sub: 'citizen-b' })).status).toBe(422);
    expect((await call(`/tickets/${ticket.reference}`, { sub: 'citizen-a' })).body.ticket.status).toBe('pending');

    expect((await deliver('msg_3', paid)).body).toMatchObject({ outcome: 'paid' });
    expect((await deliver('msg_3', paid)).body).toMatchObject({ outcome: 'duplicate' });
    // The mismatched delivery retried is still refused: its id was not recorded.
    expect((await deliver('msg_1', { ...paid, amount: 1000 })).status).toBe(422);
    expect((await deliver('msg_4', { ...paid, paymentId: 'pay_2' })).status).toBe(422);

    const mine = await call(`/tickets/${ticket.reference}`, { sub: 'citizen-a' });
    expect(mine.body.ticket).toMatchObject({ status: 'paid', paidAt: expect.any(String), code: expect.stringContaining(`${ticket.reference}.dai-noi.2.`) });
    const code: string = mine.body.ticket.code;
    expect((await call(`/public/tickets/check?code=${encodeURIComponent(code)}`)).body).toMatchObject({ valid: true, placeId: 'dai-noi', quantity: 2 });
    expect((await call(`/public/tickets/check?code=${encodeURIComponent(code.replace('.2.', '.9.'))}`)).body).toEqual({ valid: false });
    expect((await call('/tickets', { sub: 'citizen-a' })).body.tickets.map((t: { reference: string }) => t.reference)).toEqual([ticket.reference]);
    expect((await call('/tickets', { sub: 'citizen-b' })).body.tickets).toEqual([]);
  });

  it('admits a paid ticket once, at a gate with its key, even when two gates scan it at once', async () => {
    const ticket = (await call('/tickets', { sub: 'citizen-g', body: { placeId: 'lang-minh-mang' } })).body.ticket;
    const admit = async (code: string, authorization = `Gate ngo-mon:${GATE_KEY}`) => {
      const response = await fetch(`${t.url}/gate/admit`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      return { status: response.status, body: (await response.json()) as any };
    };
    // Unpaid: no code yet; a forged code for it is not a ticket.
    const forged = `${ticket.reference}.lang-minh-mang.1.${'A'.repeat(22)}`;
    expect((await admit(forged)).body.code).toBe('NOT_A_TICKET');
    await deliver('msg_g1', { orderId: ticket.orderId, paymentId: 'pay_g', amount: ticket.amount, currency: 'VND', reference: ticket.reference, metadata: {}, sub: 'citizen-g', paidAt: new Date().toISOString() });
    const code: string = (await call(`/tickets/${ticket.reference}`, { sub: 'citizen-g' })).body.ticket.code;

    expect((await admit(code, 'Gate ngo-mon:wrong-key-wrong-key')).body.code).toBe('NOT_GATE');
    expect((await admit(code, `Gate hien-nhon:${GATE_KEY}`)).body.code).toBe('NOT_GATE');
    expect((await admit(code, 'Bearer x')).status).toBe(401);
    const [first, second] = await Promise.all([admit(code), admit(code, `Gate hien-nhon:${GATE_KEY}-2`)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const admitted = first.status === 200 ? first : second;
    const refused = first.status === 200 ? second : first;
    expect(admitted.body).toMatchObject({ admitted: true, placeId: 'lang-minh-mang', quantity: 1, usedAt: expect.any(String) });
    expect(refused.body).toMatchObject({ code: 'ALREADY_USED', usedAt: admitted.body.usedAt, gate: admitted.body.gate });
    expect((await call(`/tickets/${ticket.reference}`, { sub: 'citizen-g' })).body.ticket.usedAt).toBe(admitted.body.usedAt);
    expect((await call(`/public/tickets/check?code=${encodeURIComponent(code)}`)).body).toMatchObject({ valid: true, usedAt: admitted.body.usedAt });
  });

  it('refuses to admit when no gate is configured, and reads GATE_KEYS strictly', async () => {
    const bare = await startTourismBackend({
      citadelUrl: t.platform.url, allowedOrigin: appOrigin, database: t.db, port: 0,
      credentials: TEST_CREDENTIALS,
    });
    try {
      const response = await fetch(`${bare.url}/gate/admit`, { method: 'POST', headers: { authorization: `Gate ngo-mon:${GATE_KEY}`, 'content-type': 'application/json' }, body: '{"code":"x"}' });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ code: 'GATE_NOT_CONFIGURED' });
    } finally {
      await bare.close();
    }
    expect(() => parseGateKeys('ngo-mon:short')).toThrow(/16 characters/);
    expect(() => parseGateKeys('Ngo Mon:long-enough-key-0001')).toThrow(/name:key/);
    expect(parseGateKeys(' ngo-mon:long-enough-key-0001 , ').get('ngo-mon')).toBe('long-enough-key-0001');
  });

  it('answers 502 when the platform refuses the order, and lists no half-made ticket', async () => {
    t.platform.refuseNext('createOrder', { status: 400, code: 'INVALID_PARAMS' });
    expect((await call('/tickets', { sub: 'citizen-c', body: { placeId: 'lang-tu-duc' } })).body.code).toBe('PLATFORM_REFUSED');
    expect((await call('/tickets', { sub: 'citizen-c' })).body.tickets).toEqual([]);
  });

  it('takes one review per citizen per place, authenticated with a single-use nonce, listed without personal data', async () => {
    expect((await call('/places/dai-noi/reviews', { body: { stars: 5 } })).body.code).toBe('MISSING_TOKEN');
    expect((await call('/places/dai-noi/reviews', { sub: 'citizen-a', body: { stars: 0 } })).body.code).toBe('INVALID_PARAMS');
    expect((await call('/places/nowhere/reviews', { sub: 'citizen-a', body: { stars: 4 } })).status).toBe(404);
    const first = await call('/places/dai-noi/reviews', { sub: 'citizen-a', body: { stars: 5, comment: '  Rất đẹp, nên đi buổi sáng.  ' } });
    expect(first.status).toBe(201);
    expect(first.body.review).toMatchObject({ stars: 5, comment: 'Rất đẹp, nên đi buổi sáng.' });
    expect((await call('/places/dai-noi/reviews', { sub: 'citizen-a', body: { stars: 1 } })).body.code).toBe('ALREADY_REVIEWED');
    await call('/places/dai-noi/reviews', { sub: 'citizen-b', body: { stars: 4 } });
    const listed = (await call('/public/places/dai-noi')).body.reviews;
    expect(listed).toMatchObject({ count: 2, average: 4.5 });
    expect(JSON.stringify(listed)).not.toContain('citizen-');
    expect((await call('/places/dai-noi/my-review', { sub: 'citizen-b' })).body.review).toMatchObject({ stars: 4 });
    expect((await call('/public/places')).body.places.find((p: { id: string }) => p.id === 'dai-noi').rating).toEqual({ average: 4.5, count: 2 });

    // A token replayed with its nonce already used is refused.
    const { nonce } = (await (await fetch(`${t.url}/auth/nonce`, { method: 'POST' })).json()) as { nonce: string };
    const token = t.platform.signIdToken({ sub: 'citizen-d', nonce });
    const send = () => fetch(`${t.url}/places/hue/reviews`.replace('hue', 'lang-khai-dinh'), {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ stars: 3 }) });
    expect((await send()).status).toBe(201);
    const replay = await send();
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'NONCE_UNKNOWN' });
  });
});
