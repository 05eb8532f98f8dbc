import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { IdentityClaim, type Manifest } from '@citadel/protocol';
import { IDENTITY_CLAIM_NAMES, PHONE_NUMBER_VERIFIED_CLAIM } from '@citadel/protocol/tokens';
import type { TestPlatform } from '@citadel/testing';
import { devCitizen } from './test-citizen.js';
import { throttleProfiles, type Throttle, type ThrottleProfile } from './throttle.js';

/** What the simulator page learns when it opens: the app to frame and where everything runs. */
export interface DevSession {
  /** The project's manifest with `entry` on the app's dev server. */
  readonly manifest: Manifest;
  readonly platformUrl: string;
  /** The backend's origin (`VITE_BACKEND_ORIGIN`), or null without a `backend` script. */
  readonly backendOrigin: string | null;
  readonly throttle: ThrottleProfile;
}

/** What the API needs from `citadel dev`. */
export interface SimulatorApiOptions {
  readonly session: () => DevSession;
  readonly platform: TestPlatform;
  readonly throttle: Throttle;
  /** The simulator's own origin (known once it listens): every write must come from a page on it. */
  readonly origin: () => string;
}

const TokenBody = z.strictObject({
  nonce: z.string().check(z.minLength(8), z.maxLength(128)),
  claims: z.array(IdentityClaim).check(z.maxLength(4)),
});
const NotificationsBody = z.strictObject({ granted: z.boolean() });
const ThrottleBody = z.strictObject({ profile: z.enum(Object.keys(throttleProfiles) as [ThrottleProfile, ...ThrottleProfile[]]) });

const refuse = (c: Context, status: 400 | 403 | 404 | 409, code: string, message: string) => c.json({ code, message }, status);

async function body<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const parsed = schema.safeParse(await c.req.json().catch(() => undefined));
  return parsed.success ? parsed.data : undefined;
}

/** An order's state as the payment sheet must know it, from the test platform's partner API records. */
function orderOf(platform: TestPlatform, id: string) {
  return platform.orders.find((recorded) => recorded.order.id === id)?.order;
}

/**
 * The simulator page's API under `/__citadel/`: what its providers ask of the in-process test platform (tokens,
 * orders, payments, the notifications grant) and the throttle switch. A write from any other origin than the
 * simulator's (the app's frame included) is refused `403 CROSS_SITE`: only the host may mint a token.
 */
export function simulatorApi({ session, platform, throttle, origin }: SimulatorApiOptions): Hono {
  const api = new Hono();
  api.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.header('origin') !== origin()) return refuse(c, 403, 'CROSS_SITE', `Only the simulator at ${origin()} may call this`);
    await next();
  });
  api.get('/session', (c) => c.json(session()));
  api.post('/identity/token', async (c) => {
    const input = await body(c, TokenBody);
    if (!input) return refuse(c, 400, 'INVALID_PARAMS', 'Send { nonce: 8 to 128 characters, claims: up to 4 of name, phone, verificationLevel, ward }');
    const claims: Record<string, unknown> = {};
    for (const claim of input.claims) claims[IDENTITY_CLAIM_NAMES[claim]] = devCitizen.claims[claim];
    if (input.claims.includes('phone')) claims[PHONE_NUMBER_VERIFIED_CLAIM] = true;
    return c.json({ token: platform.signIdToken({ sub: devCitizen.sub, nonce: input.nonce, claims }) });
  });
  api.get('/orders/:id', (c) => {
    const order = orderOf(platform, c.req.param('id'));
    if (!order) return refuse(c, 404, 'ORDER_NOT_FOUND', 'Your backend created no such order on the test platform');
    return c.json({ id: order.id, amount: order.amount, description: order.description, status: order.status, expiresAt: order.expiresAt });
  });
  api.post('/orders/:id/pay', async (c) => {
    const id = c.req.param('id');
    const order = orderOf(platform, id);
    if (!order) return refuse(c, 404, 'ORDER_NOT_FOUND', 'Your backend created no such order on the test platform');
    if (order.status === 'paid') return refuse(c, 409, 'ALREADY_PAID', 'This order is paid');
    if (order.status === 'expired') return refuse(c, 409, 'ORDER_EXPIRED', 'This order\'s payment window is over');
    if (order.status === 'cancelled') return refuse(c, 409, 'ORDER_CANCELLED', 'Your backend cancelled this order');
    const paid = await platform.markPaid(id, { sub: devCitizen.sub });
    return c.json({ ...paid.result, webhook: paid.delivery === undefined ? null : { status: paid.delivery.status } });
  });
  api.post('/notifications', async (c) => {
    const input = await body(c, NotificationsBody);
    if (!input) return refuse(c, 400, 'INVALID_PARAMS', 'Send { granted: boolean }');
    if (input.granted) platform.grantNotifications(devCitizen.sub);
    else platform.revokeNotifications(devCitizen.sub);
    return c.json(input);
  });
  api.post('/throttle', async (c) => {
    const input = await body(c, ThrottleBody);
    if (!input) return refuse(c, 400, 'INVALID_PARAMS', `Send { profile: one of ${Object.keys(throttleProfiles).join(', ')} }`);
    throttle.set(input.profile);
    return c.json({ profile: throttle.profile, delayMs: throttle.delayMs });
  });
  api.notFound((c) => refuse(c, 404, 'NOT_FOUND', 'citadel dev serves no such path'));
  return api;
}
