import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerBackend, type ListeningBackend } from '../src/server.js';
import { createTestPlatform, type TestPlatform } from '@citadel/testing';

// The app's origin as the backend's CORS sees it: a name, never a listening server (`.example` is reserved).
const appOrigin = 'https://kitchen-sink.apps.citadel.example';
let platform: TestPlatform;
let backend: ListeningBackend;

beforeAll(async () => {
  platform = await createTestPlatform({ appId: 'kitchen-sink' });
  backend = await createPartnerBackend({ citadelUrl: platform.url, appId: 'kitchen-sink', allowedOrigin: appOrigin, port: 0 }).listen();
});
afterAll(async () => {
  await backend.close();
  await platform.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${backend.url}${path}`, { headers: { origin: appOrigin, ...headers } });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /hello', () => {
  it('greets the citizen by the name they granted, with their pairwise sub and verification level', async () => {
    const response = await get('/hello', bearer(platform.signIdToken({ claims: { name: 'Trần Thị Bình', verification_level: 'basic' } })));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ greeting: 'Xin chào, Trần Thị Bình!', sub: 'pw-test-citizen', verificationLevel: 'basic' });
  });

  it('greets without a name when the citizen did not grant it', async () => {
    const response = await get('/hello', bearer(platform.signIdToken()));
    expect(await response.json()).toEqual({ greeting: 'Xin chào!', sub: 'pw-test-citizen', verificationLevel: null });
  });

  it('answers 401 with the refusal reason for a bad token', async () => {
    const cases: Array<[string, string]> = [
      [platform.signIdToken({ aud: 'another-app' }), 'WRONG_AUDIENCE'],
      [platform.signIdToken({ claims: { exp: Math.floor(Date.now() / 1000) - 60 } }), 'EXPIRED'],
      [platform.signIdToken({ claims: { iss: 'https://evil.example' } }), 'WRONG_ISSUER'],
      [platform.signIdToken().replace(/\.[^.]+$/, '.AAAA'), 'BAD_SIGNATURE'],
      ['not.a.token', 'MALFORMED'],
    ];
    for (const [token, code] of cases) {
      const response = await get('/hello', bearer(token));
      expect(response.status, code).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(await response.json()).toEqual({ code, message: expect.any(String) });
    }
  });

  it('answers 401 MISSING_TOKEN without a bearer token', async () => {
    for (const headers of [{}, { authorization: 'Basic a2l0Y2hlbjpzaW5r' }, { authorization: 'Bearer' }]) {
      const response = await get('/hello', headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'MISSING_TOKEN' });
    }
  });

  it('answers 503 JWKS_UNAVAILABLE when the platform keys cannot be fetched', async () => {
    const cut = await createPartnerBackend({
      citadelUrl: platform.url, appId: 'kitchen-sink', allowedOrigin: appOrigin, port: 0, jwksUrl: `${platform.url}/no-keys-here`,
    }).listen();
    try {
      const response = await fetch(`${cut.url}/hello`, { headers: bearer(platform.signIdToken()) });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ code: 'JWKS_UNAVAILABLE' });
    } finally {
      await cut.close();
    }
  });
});

describe('CORS', () => {
  it('answers the preflight for the Authorization header from the allowed origin', async () => {
    const response = await fetch(`${backend.url}/hello`, {
      method: 'OPTIONS',
      headers: { origin: appOrigin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('authorization');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('refuses every other origin, preflight or not, without CORS headers', async () => {
    for (const origin of ['https://evil.apps.citadel.example', 'https://citadel.example', 'null', `${appOrigin}.evil.example`]) {
      for (const method of ['OPTIONS', 'GET']) {
        const response = await fetch(`${backend.url}/hello`, { method, headers: { origin, ...bearer(platform.signIdToken()) } });
        expect(response.status, `${method} ${origin}`).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
      }
    }
  });

  it('serves a caller without Origin (curl, another server) with no CORS header', async () => {
    const response = await fetch(`${backend.url}/hello`, { headers: bearer(platform.signIdToken({ claims: { name: 'An' } })) });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('other requests', () => {
  it('answers 404 for other paths and 405 for other methods', async () => {
    expect((await get('/')).status).toBe(404);
    expect((await get('/hello/there')).status).toBe(404);
    const post = await fetch(`${backend.url}/hello`, { method: 'POST', headers: { origin: appOrigin } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, OPTIONS');
  });
});
