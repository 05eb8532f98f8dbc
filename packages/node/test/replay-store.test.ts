import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryReplayStore, verifyIdToken, verifyWebhook, type ReplayStore } from '../src/index.js';
import { startJwksServer, type JwksServer } from './jwks-server.js';
import { createSigningKey, NOW, optionsFor, signToken, type SigningKey } from './signing-keys.js';
import { newSecret, NOW_SECONDS, signedHeaders, succeededBody } from './webhook-signing.js';

let jwks: JwksServer;
let key: SigningKey;
beforeAll(async () => {
  key = await createSigningKey('key-replay');
  jwks = await startJwksServer([key.jwk]);
});
afterAll(() => jwks.close());

const reasonOf = (promise: Promise<unknown>) => promise.then(() => 'accepted', (error: { reason?: string }) => error.reason ?? String(error));

describe('replay store', () => {
  it('accepts an identity token once; the same nonce again is REPLAYED, another nonce passes', async () => {
    // The store's clock is the verifier's test clock (2025), not the real one.
    const replayStore = createMemoryReplayStore({ now: () => NOW * 1000 });
    const options = optionsFor(jwks.origin, { replayStore });
    const token = await signToken(key, jwks.origin);
    expect(await reasonOf(verifyIdToken(token, options))).toBe('accepted');
    expect(await reasonOf(verifyIdToken(token, options))).toBe('REPLAYED');
    // A new token minted for the same nonce is the same sign-in: refused too.
    expect(await reasonOf(verifyIdToken(await signToken(key, jwks.origin, { claims: { sub: 'pw-other' } }), options))).toBe('REPLAYED');
    expect(await reasonOf(verifyIdToken(await signToken(key, jwks.origin, { claims: { nonce: 'nonce-another-one' } }), options))).toBe('accepted');
    // Without a store, nothing is remembered (the default).
    expect(await reasonOf(verifyIdToken(token, optionsFor(jwks.origin)))).toBe('accepted');
  });

  it('uses up a nonce only for a token that passed every other check', async () => {
    const replayStore = createMemoryReplayStore({ now: () => NOW * 1000 });
    const badAudience = await signToken(key, jwks.origin, { claims: { aud: 'other-app' } });
    expect(await reasonOf(verifyIdToken(badAudience, optionsFor(jwks.origin, { replayStore })))).toBe('WRONG_AUDIENCE');
    expect(await reasonOf(verifyIdToken(await signToken(key, jwks.origin), optionsFor(jwks.origin, { replayStore })))).toBe('accepted');
  });

  it('refuses an exact replay of a webhook delivery, but not the platform\'s retry with a new timestamp', async () => {
    const secret = newSecret();
    const replayStore = createMemoryReplayStore({ now: () => NOW_SECONDS * 1000 });
    const body = succeededBody();
    const now = new Date(NOW_SECONDS * 1000);
    const first = signedHeaders(secret, body, 'msg_replay', NOW_SECONDS);
    expect(await reasonOf(verifyWebhook({ secret, headers: first, body, now, replayStore }))).toBe('accepted');
    expect(await reasonOf(verifyWebhook({ secret, headers: first, body, now, replayStore }))).toBe('REPLAYED');
    const retry = signedHeaders(secret, body, 'msg_replay', NOW_SECONDS + 30);
    expect(await reasonOf(verifyWebhook({ secret, headers: retry, body, now, replayStore }))).toBe('accepted');
    // A forged copy is refused for its signature before it can use up anything.
    expect(await reasonOf(verifyWebhook({ secret, headers: { ...first, 'webhook-signature': 'v1,AAAA' }, body, now, replayStore }))).toBe('BAD_SIGNATURE');
  });

  it('forgets a key when it expires, and holds at most maxEntries keys', async () => {
    let clock = NOW * 1000;
    const store: ReplayStore = createMemoryReplayStore({ maxEntries: 2, now: () => clock });
    expect(await store.remember('a', new Date(clock + 1000))).toBe(true);
    expect(await store.remember('a', new Date(clock + 1000))).toBe(false);
    clock += 1001;
    expect(await store.remember('a', new Date(clock + 1000))).toBe(true);
    expect(await store.remember('b', new Date(clock + 5000))).toBe(true);
    expect(await store.remember('c', new Date(clock + 9000))).toBe(true);
    // Full: the key expiring soonest ('a') made room; the others are still remembered.
    expect(await store.remember('b', new Date(clock + 5000))).toBe(false);
    expect(await store.remember('c', new Date(clock + 9000))).toBe(false);
    expect(() => createMemoryReplayStore({ maxEntries: 0 })).toThrow(TypeError);
    await expect(verifyIdToken('x', optionsFor(jwks.origin, { replayStore: {} as ReplayStore }))).rejects.toThrow(TypeError);
  });
});
