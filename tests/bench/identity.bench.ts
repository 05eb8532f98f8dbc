// The accounts and identity benchmark, on PostgreSQL (a throwaway one, or DATABASE_URL). Every
// figure is a ratio to a floor measured in the same run (this machine is noisy):
//   token mint      POST /api/identity/token over HTTP (session, app, grant, pairwise id, ES256 signature)
//                   vs GET /api/me over HTTP (session lookup only: the HTTP and database floor), and
//                   vs bare ES256 JWT signing with jose in this process (the crypto floor)
//   token verify    @citadel/node verifyIdToken (cached JWKS, every check) vs bare jose jwtVerify with a local key
//   sign-in p50     POST /api/auth/signin, 50 concurrent clients, vs one scrypt hash of the same cost
//                   at the same concurrency (the memory-hard hash is the floor a sign-in cannot beat); the
//                   clients keep no device cookie, so each right password answers 202 and stores a code
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { verifyIdToken } from '@citadel/node';
import { createPlatformServer, openDatabase } from '@citadel/server';
import { hashPassword } from '../../packages/server/src/accounts/password.js';
import { startThrowawayPostgres } from '../support/throwaway-postgres.js';
import { registerWithDevCode } from '../support/dev-codes.js';
import { createDevelopmentSms } from '../../packages/server/src/sms/development-sms.js';
import { hostClient, timed } from './http-client.js';
import { fixed, median } from './stats.js';

const MINTS = 2000;
const VERIFIES = 4000;
const CLIENTS = 50;
const SIGNINS_PER_CLIENT = 3;

const postgres = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
const database = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL ?? postgres!.url });
const hostDir = mkdtempSync(join(tmpdir(), 'citadel-bench-'));
writeFileSync(join(hostDir, 'index.html'), '<!doctype html>');
const manifest = {
  id: 'bench-app', version: '1.0.0', name: { vi: 'Bench', en: 'Bench' }, description: { vi: 'Bench', en: 'Bench' },
  icons: [{ src: 'icon.svg', sizes: 'any' }], entry: 'http://bench-app.apps.localhost/', category: 'utilities',
  permissions: [{ name: 'identity', reason: { vi: 'Bench', en: 'Bench' } }], minProtocol: '1.0',
};
// Codes go to a silent development sender (read back from /api/dev/sms), with no sending limits: every bench client is one address.
const server = await createPlatformServer({
  hostDir, database, apps: [{ manifest, dir: hostDir }], port: 0,
  sms: createDevelopmentSms(() => {}), otpLimits: { cooldownSeconds: 0, perNumberHour: 1e6, perNumberDay: 1e6, perIpHour: 1e6 },
});
const listening = await server.listen();
const issuer = `http://localhost:${listening.port}`;
const call = hostClient(listening.port);

try {
  // Citizens: one to mint tokens for, and one account per sign-in client.
  const minter = await registerWithDevCode(call, listening.port, { phone: '0900000000', password: 'bench password', name: 'Bench' });
  await call('PUT', '/api/identity/grants/bench-app', { claims: ['name', 'verificationLevel'] }, minter.cookie);
  const phones = Array.from({ length: CLIENTS }, (_, i) => `09100${String(i).padStart(5, '0')}`);
  for (const phone of phones) await registerWithDevCode(call, listening.port, { phone, password: 'bench password', name: 'Bench' });

  // Token mint, and its floor.
  const mintOne = (i: number) => call('POST', '/api/identity/token', { appId: 'bench-app', nonce: `bench-nonce-${i}`, claims: ['name'] }, minter.cookie);
  await timed(100, 16, mintOne);
  const tokens: string[] = [];
  const t0 = performance.now();
  await timed(MINTS, 16, async (i) => tokens.push((await mintOne(i)).body.token));
  const mintRate = MINTS / ((performance.now() - t0) / 1000);
  const tm = performance.now();
  await timed(MINTS, 16, () => call('GET', '/api/me', undefined, minter.cookie));
  const meRate = MINTS / ((performance.now() - tm) / 1000);
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const signOne = () => new SignJWT({ name: 'Bench', nonce: 'bench-nonce' }).setProtectedHeader({ alg: 'ES256', kid: 'k', typ: 'citadel-id+jwt' })
    .setIssuer(issuer).setAudience('bench-app').setSubject('s').setIssuedAt().setExpirationTime('5m').sign(privateKey);
  await timed(200, 16, signOne);
  const t1 = performance.now();
  const floorTokens: string[] = [];
  await timed(MINTS, 16, async () => floorTokens.push(await signOne()));
  const signRate = MINTS / ((performance.now() - t1) / 1000);

  // Token verify (the whole checklist, JWKS cached after the first call), and its floor.
  const options = { appId: 'bench-app', issuer };
  await verifyIdToken(tokens[0]!, options);
  const t2 = performance.now();
  for (let i = 0; i < VERIFIES; i++) await verifyIdToken(tokens[i % tokens.length]!, options);
  const verifyRate = VERIFIES / ((performance.now() - t2) / 1000);
  const localSet = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256' }] });
  const t3 = performance.now();
  for (let i = 0; i < VERIFIES; i++) await jwtVerify(floorTokens[i % floorTokens.length]!, localSet, { algorithms: ['ES256'], issuer, audience: 'bench-app' });
  const bareVerifyRate = VERIFIES / ((performance.now() - t3) / 1000);

  // Sign-in at 50 concurrent clients, and the scrypt floor at the same concurrency; interleaved.
  const signins: number[] = [];
  const hashes: number[] = [];
  for (let round = 0; round < SIGNINS_PER_CLIENT; round++) {
    signins.push(...await timed(CLIENTS, CLIENTS, async (i) => {
      const answer = await call('POST', '/api/auth/signin', { phone: phones[i], password: 'bench password' });
      // 202: the password was right and, this client keeping no device cookie, a code went out (a new device).
      if (answer.status !== 202) throw new Error(`sign-in answered ${answer.status}`);
    }));
    hashes.push(...await timed(CLIENTS, CLIENTS, () => hashPassword('bench password')));
  }

  const row = (name: string, ratio: number, detail: string) => console.log(`${name.padEnd(22)} ${fixed(ratio).padStart(6)}×   ${detail}`);
  console.log(`\nCitadel identity bench (PostgreSQL; ${MINTS} mints at 16 in flight, ${VERIFIES} verifies, ${CLIENTS} concurrent sign-ins × ${SIGNINS_PER_CLIENT})\n`);
  row('token mint rate', mintRate / meRate, `${Math.round(mintRate)} tokens/s over HTTP vs ${Math.round(meRate)} GET /api/me/s (HTTP + session floor)`);
  row('  vs signing alone', mintRate / signRate, `${Math.round(mintRate)} tokens/s vs ${Math.round(signRate)} bare ES256 signatures/s in one process`);
  row('token verify rate', verifyRate / bareVerifyRate, `${Math.round(verifyRate)} verifyIdToken/s vs ${Math.round(bareVerifyRate)} bare jwtVerify/s`);
  row('sign-in p50', median(signins) / median(hashes), `${fixed(median(signins), 0)} ms at ${CLIENTS} concurrent vs ${fixed(median(hashes), 0)} ms for the scrypt hash alone at ${CLIENTS} concurrent`);
} finally {
  await listening.close();
  await database.close();
  await postgres?.stop();
}
