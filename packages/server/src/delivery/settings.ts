import { systemResolve, type ResolveHost } from './guarded-lookup.js';
import { positive } from './loop.js';

/** The retry and lease options both dispatchers take, each optional over its dispatcher's defaults. */
export interface DeliveryOptions {
  readonly fetchTimeoutMs?: number;
  readonly maxAttempts?: number;
  readonly baseDelaySeconds?: number;
  readonly maxDelaySeconds?: number;
  readonly batchSize?: number;
  readonly leaseSeconds?: number;
  readonly resolve?: ResolveHost;
}

/**
 * The checked settings of a dispatcher: every number positive (a `TypeError` naming the option
 * otherwise), counts whole, the lease by default the fetch timeout plus 60 seconds, and the
 * system resolver unless another is given.
 */
export function deliverySettings(options: DeliveryOptions, defaults: Required<Omit<DeliveryOptions, 'leaseSeconds' | 'resolve'>>) {
  const settings = { ...defaults, ...options };
  const fetchTimeoutMs = positive('fetchTimeoutMs', settings.fetchTimeoutMs);
  return {
    fetchTimeoutMs,
    maxAttempts: Math.floor(positive('maxAttempts', settings.maxAttempts)),
    batchSize: Math.floor(positive('batchSize', settings.batchSize)),
    baseDelay: positive('baseDelaySeconds', settings.baseDelaySeconds),
    maxDelay: positive('maxDelaySeconds', settings.maxDelaySeconds),
    leaseSeconds: positive('leaseSeconds', options.leaseSeconds ?? Math.ceil(fetchTimeoutMs / 1000) + 60),
    resolve: options.resolve ?? systemResolve,
  };
}
