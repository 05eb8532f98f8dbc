import { systemResolve, type ResolveHost } from './guarded-lookup.js';
import { positive } from './loop.js';

/** The retry and lease options both dispatchers take, each optional over its dispatcher's defaults. */
export interface DeliveryOptions {
  readonly fetchTimeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelaySeconds?: number;
  readonly maxDelaySeconds?: number;
  readonly batchSize?: number;
  readonly perDestination?: number;
  readonly leaseSeconds?: number;
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
