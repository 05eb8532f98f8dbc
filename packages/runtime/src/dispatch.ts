import {
  CitadelError, ErrorCode, isMethodName, methods,
  type CallOutcome, type MethodName,
} from '@citadel/protocol';
import { checkPayload } from './payload-check.js';
import { createRateLimiter } from './rate-limiter.js';
import type { AppIdentity, CallContext, Limits } from './types.js';

/** A resolved handler for one method, whatever namespace it came from. */
export type AnyHandler = (params: unknown, context: CallContext) => Promise<unknown>;

/** What the dispatcher of one app instance needs. */
export interface DispatcherOptions {
  readonly app: AppIdentity;
  readonly limits: Limits;
  /** The handler for a method, or undefined when this host does not support it. */
  readonly handlerFor: (method: MethodName) => AnyHandler | undefined;
  /** The context of the current session; read at each call. */
  readonly context: () => CallContext;
  /** The context of a call filed under a permission: its prompt gate is read when the call arrives. */
  readonly promptContext: () => CallContext;
  /**
   * Called once, synchronously, when the app went past the rate limit in `limits.abuseWindows`
   * windows in a row, with the `SESSION_CLOSED` error (`data.reason: 'rate-abuse'`): end the
   * session. Every later call answers that error without reaching a handler.
   */
  readonly onAbuse: (error: CitadelError) => void;
  /** Called with every error a call is answered with, and the method when the call named a registry method. */
  readonly onError?: (code: ErrorCode, method: MethodName | undefined) => void;
  /** Called with every call once answered: what was sent, the outcome and the milliseconds it took. */
  readonly onAnswer?: (method: unknown, params: unknown, outcome: CallOutcome, durationMs: number) => void;
}

const toWire = (error: unknown) =>
  error instanceof CitadelError
    ? error.toJSON()
    : // Never forward a foreign error's message or stack: it may hold host internals.
      { code: ErrorCode.INTERNAL, message: 'The host failed to handle the call' };

/**
 * Creates the one entry point of an app instance. Every call passes, in this order:
 * registry allowlist → size and depth pre-check → strict schema → declared permission →
 * rate limit → provider; the result is checked against the registry too.
 * It never throws: every failure is a typed `CallOutcome`.
 */
export function createDispatcher(options: DispatcherOptions) {
  const { app, limits } = options;
  const limiter = createRateLimiter(limits.rateLimit, limits.rateWindowMs, Date.now, limits.abuseWindows);
  const declared = new Set(app.manifest.permissions.map((p) => p.name));
  let abused: CitadelError | undefined;

  const answer = async (method: unknown, params: unknown): Promise<CallOutcome> => {
    try {
      if (abused) throw abused;
      if (!isMethodName(method)) {
        throw new CitadelError(ErrorCode.UNKNOWN_METHOD, `"${String(method).slice(0, 64)}" is not a bridge method`);
      }
      const handler = options.handlerFor(method);
      if (!handler) throw new CitadelError(ErrorCode.UNSUPPORTED, `This host does not support ${method}`, { method });
      const spec = methods[method];
      checkPayload(params, limits.maxPayloadBytes, limits.maxDepth);
      const parsed = spec.params.safeParse(params ?? {});
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
        throw new CitadelError(ErrorCode.INVALID_PARAMS, `Invalid params for ${method}: ${issues[0]?.path || '(root)'} ${issues[0]?.message ?? ''}`.trim(), { issues });
      }
      if (spec.permission && !declared.has(spec.permission)) {
        throw new CitadelError(
          ErrorCode.PERMISSION_DENIED,
          `${method} needs the "${spec.permission}" permission, which the app's manifest does not declare`,
          { permission: spec.permission, remembered: false, undeclared: true },
        );
      }
      try {
        limiter.take();
      } catch (error) {
        if (error instanceof CitadelError && error.code === ErrorCode.SESSION_CLOSED) {
          abused = error;
          options.onAbuse(error);
        }
        throw error;
      }
      const value = await handler(parsed.data, spec.permission ? options.promptContext() : options.context());
      const checked = spec.result.safeParse(value);
      if (!checked.success) throw new CitadelError(ErrorCode.INTERNAL, `The host's ${method} answered outside the protocol`);
      return { ok: true, value: checked.data };
    } catch (error) {
      const wire = toWire(error);
      options.onError?.(wire.code, isMethodName(method) ? method : undefined);
      return { ok: false, error: wire };
    }
  };

  return async function call(method: unknown, params: unknown): Promise<CallOutcome> {
    if (!options.onAnswer) return answer(method, params);
    const started = performance.now();
    const outcome = await answer(method, params);
    try {
      options.onAnswer(method, params, outcome, performance.now() - started);
    } catch {
      // An observer's fault never changes what the app is answered.
    }
    return outcome;
  };
}
