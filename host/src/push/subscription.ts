import { isApiError } from '@citadel/api-client';
import type { PushApi, PushSubscriptionJson } from './api.js';

/** Where this browser keeps the platform's id of its subscription (needed to delete it there). */
const ID_KEY = 'citadel.push.subscription';

/** Why push could not be turned on. */
export type PushProblem = 'unsupported' | 'blocked' | 'failed';

/** The error of `enablePush` / `disablePush`. */
export class PushError extends Error {
  override readonly name = 'PushError';
  readonly problem: PushProblem;

  constructor(problem: PushProblem, cause?: unknown) {
    super(`push: ${problem}`, { cause });
    this.problem = problem;
  }
}

/** True when this browser can receive Web Push (service worker, Push API, notifications). */
export const pushSupported = (): boolean =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** base64url → bytes, for `applicationServerKey`. */
export function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

/** How long to wait for the service worker to become active before giving up, ms. */
const READY_TIMEOUT_MS = 10_000;

/** The host's active service worker registration; `PushError('unsupported')` when there is none (a development server). */
async function registration(): Promise<ServiceWorkerRegistration> {
  if (!(await navigator.serviceWorker.getRegistration())) throw new PushError('unsupported');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new PushError('failed')), READY_TIMEOUT_MS); });
  try {
    return await Promise.race([navigator.serviceWorker.ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The push subscription of this browser, or `null`; never waits for a worker that is not there. */
async function currentSubscription(): Promise<PushSubscription | null> {
  const found = await navigator.serviceWorker.getRegistration();
  return found ? found.pushManager.getSubscription() : null;
}

/** Whether this browser has a push subscription the platform knows. */
export async function pushEnabled(): Promise<boolean> {
  if (!pushSupported() || Notification.permission !== 'granted' || !localStorage.getItem(ID_KEY)) return false;
  return (await currentSubscription()) !== null;
}

/**
 * Asks the browser for notification permission, subscribes with the platform's VAPID key
 * (`userVisibleOnly`: every push shows a notification) and registers the subscription with the
 * platform. Rejects with a `PushError`, or the platform's `ApiError`.
 */
export async function enablePush(api: PushApi): Promise<void> {
  if (!pushSupported()) throw new PushError('unsupported');
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushError('blocked');
  const key = await api.key();
  const { pushManager } = await registration();
  let subscription: PushSubscription;
  try {
    subscription = (await pushManager.getSubscription()) ?? await pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlBytes(key) });
  } catch (error) {
    throw new PushError('failed', error);
  }
  const id = await api.subscribe(subscription.toJSON() as PushSubscriptionJson);
  localStorage.setItem(ID_KEY, id);
}

/** Unsubscribes this browser and deletes the subscription on the platform (already gone there is fine). */
export async function disablePush(api: PushApi): Promise<void> {
  const id = localStorage.getItem(ID_KEY);
  if (pushSupported()) await (await currentSubscription())?.unsubscribe();
  localStorage.removeItem(ID_KEY);
  if (!id) return;
  try {
    await api.unsubscribe(id);
  } catch (error) {
    if (!isApiError(error, 'NOT_FOUND')) throw error;
  }
}
