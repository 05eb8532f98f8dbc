// `npx tsx tests/support/gen-test-vectors.ts`: writes docs/test-vectors/*.json, fixed inputs with the verdict a correct
// verifier reaches, for partners checking their own verifier in any language. Signatures are random (ECDSA), so a
// new run writes new files: run it only when a case is added, and commit what it wrote.
import { createHmac, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { ID_TOKEN_TYPE, RECEIPT_TYPE } from '@citadel/protocol/tokens';

const out = resolve(import.meta.dirname, '../../docs/test-vectors');
const ISSUER = 'https://hue-s.example.vn';
const APP_ID = 'kitchen-sink';
/** Every vector is checked at this instant (Unix seconds): 2025-06-15T08:00:00Z. */
const NOW = 1_749_974_400;
const KID = 'test-vector-key';

const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
const publicJwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'ES256', use: 'sig' };
const privateJwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'ES256' };
const other = await generateKeyPair('ES256');

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (claims: JWTPayload, header: Record<string, unknown> = {}, key = privateKey) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: KID, ...header } as { alg: string }).sign(key);
/** Changes one character of the payload after signing: the signature no longer matches. */
const tamper = (jws: string) => {
  const [h, p, s] = jws.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
  return `${h}.${b64({ ...claims, sub: 'pw-attacker' })}.${s}`;
};

const idClaims: JWTPayload = { iss: ISSUER, aud: APP_ID, sub: 'pw-4f9a2c', iat: NOW - 10, exp: NOW + 290, nonce: 'nonce-0123456789', name: 'Nguyễn Văn An', phone_number: '+84901234567', phone_number_verified: true };
const idToken = (claims: JWTPayload = {}, header: Record<string, unknown> = {}) => sign({ ...idClaims, ...claims }, { typ: ID_TOKEN_TYPE, ...header });
const identityCases = [
  { name: 'valid token', token: await idToken(), verdict: 'accept', claims: idClaims },
  { name: 'expired', token: await idToken({ iat: NOW - 400, exp: NOW - 100 }), verdict: 'EXPIRED' },
  { name: 'issued in the future', token: await idToken({ iat: NOW + 120, exp: NOW + 400 }), verdict: 'NOT_YET_VALID' },
  { name: 'another app\'s token', token: await idToken({ aud: 'another-app' }), verdict: 'WRONG_AUDIENCE' },
  { name: 'another issuer', token: await idToken({ iss: 'https://evil.example' }), verdict: 'WRONG_ISSUER' },
  { name: 'lives longer than 300 seconds', token: await idToken({ exp: NOW + 3600 }), verdict: 'LIFETIME_TOO_LONG' },
  { name: 'no nonce', token: await idToken({ nonce: undefined }), verdict: 'MISSING_CLAIM' },
  { name: 'a receipt passed as an identity token (typ)', token: await idToken({}, { typ: RECEIPT_TYPE }), verdict: 'WRONG_TYPE' },
  { name: 'payload changed after signing', token: tamper(await idToken()), verdict: 'BAD_SIGNATURE' },
  { name: 'signed by a key not in the JWKS (same kid)', token: await sign({ ...idClaims }, { typ: ID_TOKEN_TYPE }, other.privateKey), verdict: 'BAD_SIGNATURE' },
  { name: 'alg none', token: `${b64({ alg: 'none', kid: KID, typ: ID_TOKEN_TYPE })}.${b64(idClaims)}.`, verdict: 'WRONG_ALGORITHM' },
  {
    name: 'HS256 with the public key as the HMAC secret',
    token: await (async () => {
      const input = `${b64({ alg: 'HS256', kid: KID, typ: ID_TOKEN_TYPE })}.${b64(idClaims)}`;
      return `${input}.${createHmac('sha256', JSON.stringify(publicJwk)).update(input).digest('base64url')}`;
    })(),
    verdict: 'WRONG_ALGORITHM',
  },
  { name: 'unknown kid', token: await idToken({}, { kid: 'no-such-key' }), verdict: 'UNKNOWN_KEY' },
];

const receiptClaims: JWTPayload = { iss: ISSUER, aud: APP_ID, sub: 'pw-4f9a2c', iat: NOW - 60, payment_id: 'pay_7Qx2', order_id: 'ord_9Lm4', amount: 150_000, currency: 'VND', reference: 'INV-2025-06-0042' };
const receipt = (claims: JWTPayload = {}, header: Record<string, unknown> = {}) => sign({ ...receiptClaims, ...claims }, { typ: RECEIPT_TYPE, ...header });
const receiptCases = [
  { name: 'valid receipt', token: await receipt(), verdict: 'accept', claims: receiptClaims },
  { name: 'another app\'s receipt', token: await receipt({ aud: 'another-app' }), verdict: 'WRONG_AUDIENCE' },
  { name: 'an identity token passed as a receipt (typ)', token: await receipt({}, { typ: ID_TOKEN_TYPE }), verdict: 'WRONG_TYPE' },
  { name: 'amount changed after signing', token: tamper(await receipt()), verdict: 'BAD_SIGNATURE' },
  { name: 'no amount', token: await receipt({ amount: undefined }), verdict: 'MISSING_CLAIM' },
];

const secretKey = randomBytes(32);
const secret = `whsec_${secretKey.toString('base64')}`;
const webhook = (id: string, timestamp: number, body: string, key = secretKey) => ({
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`,
});
const succeeded = JSON.stringify({ type: 'payment.succeeded', timestamp: '2025-06-15T07:59:58.000Z', data: { orderId: 'ord_9Lm4', paymentId: 'pay_7Qx2', amount: 150_000, currency: 'VND', reference: 'INV-2025-06-0042', metadata: { table: '7' }, sub: 'pw-4f9a2c', paidAt: '2025-06-15T07:59:58.000Z' } });
const revoked = JSON.stringify({ type: 'consent.revoked', timestamp: '2025-06-15T07:59:00.000Z', data: { sub: 'pw-4f9a2c', permission: 'identity', revokedAt: '2025-06-15T07:59:00.000Z' } });
const webhookCases = [
  { name: 'valid payment.succeeded', headers: webhook('msg_2x7QkP', NOW - 2, succeeded), body: succeeded, verdict: 'accept' },
  { name: 'valid consent.revoked', headers: webhook('msg_9aB3cD', NOW - 60, revoked), body: revoked, verdict: 'accept' },
  {
    name: 'two signatures, the second valid (secret rotation)', body: succeeded, verdict: 'accept',
    headers: { ...webhook('msg_2x7QkQ', NOW, succeeded), 'webhook-signature': `v1,${randomBytes(32).toString('base64')} ${webhook('msg_2x7QkQ', NOW, succeeded)['webhook-signature']}` },
  },
  { name: 'body changed after signing', headers: webhook('msg_2x7QkR', NOW, succeeded), body: succeeded.replace('150000', '1500000'), verdict: 'BAD_SIGNATURE' },
  { name: 'signed with another secret', headers: webhook('msg_2x7QkS', NOW, succeeded, randomBytes(32)), body: succeeded, verdict: 'BAD_SIGNATURE' },
  { name: 'timestamp 10 minutes old (a replay)', headers: webhook('msg_2x7QkT', NOW - 600, succeeded), body: succeeded, verdict: 'STALE_TIMESTAMP' },
  { name: 'timestamp 10 minutes ahead', headers: webhook('msg_2x7QkU', NOW + 600, succeeded), body: succeeded, verdict: 'STALE_TIMESTAMP' },
  { name: 'no signature header', headers: { 'webhook-id': 'msg_2x7QkV', 'webhook-timestamp': String(NOW) }, body: succeeded, verdict: 'MISSING_HEADER' },
];

const write = (file: string, value: unknown) => writeFileSync(resolve(out, file), `${JSON.stringify(value, null, 2)}\n`);
const tokenVectors = { issuer: ISSUER, appId: APP_ID, now: NOW, jwks: { keys: [publicJwk] }, testOnlyPrivateKey: privateJwk };
write('identity-tokens.json', { ...tokenVectors, typ: ID_TOKEN_TYPE, cases: identityCases });
write('receipts.json', { ...tokenVectors, typ: RECEIPT_TYPE, cases: receiptCases });
write('webhooks.json', { secret, now: NOW, toleranceSeconds: 300, cases: webhookCases });
console.log(`wrote ${identityCases.length + receiptCases.length + webhookCases.length} vectors to ${out}`);
