import { systemResolve, type ResolveHost } from './guarded-lookup.js';
import { positive } from './loop.js';

/**
 * The retry and lease options both dispatchers take, each optional over its dispatcher's defaults
 * (webhooks: `createWebhookDispatcher`; pushes: `createPushDispatcher`).
 */
export interface DeliveryOptions {
  /** How long the far end has to answer one delivery, in milliseconds. Default 10 000 (webhooks and pushes). */
  readonly fetchTimeoutMs?: number;
  /** Attempts before a delivery is marked `failed`. Default 12 for webhooks, 8 for pushes (about ten minutes). */
  readonly maxAttempts?: number;
  /** Wait after the first failed attempt, doubled after each further one, in seconds. Default 5. */
  readonly baseDelaySeconds?: number;
  /** The longest wait between attempts (for pushes also the most a `Retry-After` is honoured), in seconds. Default 3600 for webhooks, 900 for pushes. */
  readonly maxDelaySeconds?: number;
  /** Deliveries in flight at once, in all. Default 20 webhooks, 50 pushes. */
  readonly batchSize?: number;
  /**
   * Deliveries in flight at once to one destination (an app's webhook URL; a push service's origin), so a slow one
   * cannot delay the others. Default 4 for webhooks; for pushes the whole batch (50), since most citizens' pushes go to
   * one or two push services and capping those would cap every push.
   */
  readonly perDestination?: number;
  /**
   * How long a claimed row is reserved for the process delivering it, in seconds, renewed every
   * third of it while the request runs; a row whose deliverer died is retried after it. Default 10.
   */
  readonly leaseSeconds?: number;
  /** Resolves host names. Default: the system resolver. Every address is checked either way. */
  readonly resolve?: ResolveHost;
}

/** The default lease: renewed every third of it while a delivery runs, so a dead deliverer's rows are due again this soon. */
export const DEFAULT_LEASE_SECONDS = 10;

/**
 * The checked settings of a dispatcher: every number positive (a `TypeError` naming the option
 * otherwise), counts whole, the per-destination cap at most the batch, the lease by default
 * `DEFAULT_LEASE_SECONDS`, and the system resolver unless another is given.
 */
export function deliverySettings(options: DeliveryOptions, defaults: Required<Omit<DeliveryOptions, 'leaseSeconds' | 'resolve'>>) {
  const settings = { ...defaults, ...options };
  const fetchTimeoutMs = positive('fetchTimeoutMs', settings.fetchTimeoutMs);
  return {
    fetchTimeoutMs,
    maxAttempts: Math.floor(positive('maxAttempts', settings.maxAttempts)),
    batchSize: Math.floor(positive('batchSize', settings.batchSize)),
    perDestination: Math.ceil(Math.min(positive('perDestination', settings.perDestination), settings.batchSize)),
    baseDelay: positive('baseDelaySeconds', settings.baseDelaySeconds),
    maxDelay: positive('maxDelaySeconds', settings.maxDelaySeconds),
    leaseSeconds: positive('leaseSeconds', options.leaseSeconds ?? DEFAULT_LEASE_SECONDS),
    resolve: options.resolve ?? systemResolve,
  };
}
