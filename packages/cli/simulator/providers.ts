import { CitadelError, ErrorCode, type IdentityClaim, type Permission } from '@citadel/protocol';
import { createMemoryStorage, type CallContext, type GrantStore, type Providers } from '@citadel/runtime';
import type { ConsentFn, PaymentProblem, PaymentSheetFn, PaymentSheetOrder, PaymentStep } from '@citadel/ui';
import { devCitizen } from '../src/dev/test-citizen.js';
import { bridgeErrorOf, devApi, DevApiError } from './dev-api.js';

/** One answer the citizen gave a prompt, for the inspector. */
export interface Decision {
  readonly permission: Permission;
  readonly granted: boolean;
  readonly remember: boolean;
  /** For identity: the claims the citizen shared. */
  readonly claims?: readonly IdentityClaim[];
}

/** What the simulator's providers need. */
export interface SimulatorProviderOptions {
  readonly grants: GrantStore;
  readonly consent: ConsentFn;
  readonly sheet: PaymentSheetFn;
  /** The throttle's delay now, ms: added before each answer. */
  readonly delayMs: () => number;
  readonly decided: (decision: Decision) => void;
  /** A payment's webhook went to the backend (`null`: no webhook URL). */
  readonly webhook: (status: number | null) => void;
}

/** The simulator's wallet balance, shown in the payment sheet; an order above it is refused as insufficient. */
export const DEV_BALANCE = 10_000_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PaidAnswer { status: 'succeeded'; paymentId: string; receipt: string; webhook: { status: number } | null }

const orderProblem = (error: unknown): PaymentProblem => {
  if (!(error instanceof DevApiError)) return { kind: 'failed', code: 'CLIENT' };
  switch (error.code) {
    case 'ORDER_NOT_FOUND': return { kind: 'not-found' };
    case 'ALREADY_PAID': return { kind: 'already-paid' };
    case 'ORDER_EXPIRED': return { kind: 'expired' };
    case 'ORDER_CANCELLED': return { kind: 'order-cancelled' };
    case 'NETWORK': return { kind: 'network' };
    default: return { kind: 'failed', code: error.code };
  }
};

const problemError: Record<string, ErrorCode> = {
  'not-found': ErrorCode.ORDER_NOT_FOUND,
  'already-paid': ErrorCode.ALREADY_PAID,
  expired: ErrorCode.ORDER_EXPIRED,
  'order-cancelled': ErrorCode.ORDER_CANCELLED,
  'insufficient-funds': ErrorCode.INSUFFICIENT_FUNDS,
};

const step = async <T>(run: () => Promise<T>): Promise<PaymentStep<T>> => {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, problem: orderProblem(error) };
  }
};

/**
 * The simulator's providers: identity (the consent prompt, then a token the test platform signs), payments (the
 * payment sheet over an order the backend created on the test platform, paid with `markPaid`), notifications (a
 * prompt, then the test platform's grant) and storage (in memory). Location is absent: `UNSUPPORTED`.
 */
export function createSimulatorProviders(options: SimulatorProviderOptions): { providers: Providers; reset(): Promise<void> } {
  const { grants, delayMs } = options;
  // What the citizen shared with each app in this simulator, as the platform would store it.
  const shared = new Map<string, Set<IdentityClaim>>();
  const throttled = async <T>(run: () => Promise<T>): Promise<T> => {
    const delay = delayMs();
    if (delay > 0) await sleep(delay);
    try {
      return await run();
    } catch (error) {
      throw bridgeErrorOf(error);
    }
  };

  const refused = (remembered: boolean) =>
    new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen did not share their identity with this app', { permission: 'identity', remembered });

  async function getToken({ nonce, claims = [] }: { nonce: string; claims?: IdentityClaim[] | undefined }, context: CallContext) {
    const appId = context.app.id;
    const asked = [...new Set(claims)];
    let granted = shared.get(appId);
    const missing = asked.filter((claim) => !granted?.has(claim));
    if (!granted || missing.length > 0) {
      if ((await grants.get(appId, 'identity'))?.granted === false) throw refused(true);
      await context.beforePrompt('identity');
      const chosen = await options.consent({
        app: context.app,
        claims: missing.map((claim) => ({ claim, value: devCitizen.claims[claim] })),
        alreadyShared: asked.filter((claim) => granted?.has(claim)),
      }, context.signal);
      const newly = missing.filter((claim) => chosen?.includes(claim));
      if (!chosen || (asked.length > 0 && newly.length === 0 && missing.length === asked.length)) {
        await grants.set(appId, 'identity', { granted: false, at: Date.now() });
        options.decided({ permission: 'identity', granted: false, remember: true });
        throw refused(false);
      }
      granted = new Set([...(granted ?? []), ...newly]);
      shared.set(appId, granted);
      await grants.set(appId, 'identity', { granted: true, at: Date.now() });
      options.decided({ permission: 'identity', granted: true, remember: true, claims: [...granted] });
    }
    const allowed = asked.filter((claim) => granted.has(claim));
    return devApi<{ token: string }>('identity/token', { nonce, claims: allowed });
  }

  async function pay({ orderId }: { orderId: string }, context: CallContext) {
    const outcome = await options.sheet<PaidAnswer>({
      app: context.app,
      load: () => step(async () => ({
        order: await devApi<PaymentSheetOrder>(`orders/${encodeURIComponent(orderId)}`),
        balance: DEV_BALANCE,
        pin: 'set' as const,
        antiPhishingWords: 'citadel dev',
      })),
      pay: () => step(() => devApi<PaidAnswer>(`orders/${encodeURIComponent(orderId)}/pay`, {})),
    }, context.signal);
    if (outcome.status === 'cancelled') throw new CitadelError(ErrorCode.CANCELLED, 'The citizen closed the payment sheet');
    if (outcome.status === 'failed') {
      const code = problemError[outcome.problem.kind] ?? ErrorCode.UNAVAILABLE;
      throw new CitadelError(code, `The payment did not go through: ${outcome.problem.kind}`);
    }
    const { webhook, ...result } = outcome.value;
    options.webhook(webhook?.status ?? null);
    return result;
  }

  async function notificationsAllowed(appId: string) {
    return (await grants.get(appId, 'notifications'))?.granted === true;
  }

  const storage = createMemoryStorage();
  // Each storage handler, behind the throttle's delay.
  const throttledProvider = <P extends object>(provider: P): P => Object.fromEntries(Object.entries(provider).map(([name, handler]) => [name,
    (params: unknown, context: CallContext) => throttled(() => (handler as (p: unknown, c: CallContext) => Promise<unknown>)(params, context))])) as P;
  const providers: Providers = {
    identity: {
      getToken: (params, context) => throttled(() => getToken(params, context)),
      getProfile: (_params, context) => throttled(async () => {
        const granted = shared.get(context.app.id);
        if (!granted) throw new CitadelError(ErrorCode.PERMISSION_DENIED, 'The citizen shared nothing with this app yet', { permission: 'identity' });
        return { claims: Object.fromEntries([...granted].map((claim) => [claim, devCitizen.claims[claim]])) };
      }),
    },
    payments: { pay: (params, context) => throttled(() => pay(params, context)) },
    notifications: {
      requestPermission: (_params, context) => throttled(async () => {
        // A refusal rejects PERMISSION_DENIED, as the citizen host's does.
        const grant = await context.requestGrant('notifications');
        await devApi('notifications', { granted: grant.granted });
        return { granted: grant.granted };
      }),
      getPermission: (_params, context) => throttled(async () => ({ granted: await notificationsAllowed(context.app.id) })),
    },
    storage: throttledProvider(storage),
  };
  return {
    providers,
    async reset() {
      shared.clear();
      await devApi('notifications', { granted: false });
    },
  };
}
