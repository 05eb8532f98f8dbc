import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** The app's partner credentials and webhook signing secret (the file the platform's development start writes has these three). */
export interface PartnerCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** `whsec_…`: the key the platform signs this app's webhooks with. */
  readonly webhookSecret: string;
}

/** How `waitForCredentials` polls. */
export interface WaitOptions {
  /** Between tries, ms. Default 500. */
  readonly intervalMs?: number;
  /** Give up after, ms. Default 60 000. */
  readonly timeoutMs?: number;
  /** Stops waiting (the backend is closing). */
  readonly signal?: AbortSignal;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** `{ "clientId", "clientSecret", "webhookSecret" }` → the credentials; `undefined` for anything else. */
export function parseCredentials(text: string): PartnerCredentials | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const c = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const { clientId, clientSecret, webhookSecret } = c;
  return nonEmpty(clientId) && nonEmpty(clientSecret) && nonEmpty(webhookSecret) ? { clientId, clientSecret, webhookSecret } : undefined;
}

/**
 * Reads the credentials file at `path`, trying again every `intervalMs` until it exists and
 * holds all three values (the platform may still be starting and write it later), for at most
 * `timeoutMs`. Resolves with `undefined` when it gives up or `signal` aborts; never rejects.
 */
export async function waitForCredentials(path: string, options: WaitOptions = {}): Promise<PartnerCredentials | undefined> {
  const { intervalMs = 500, timeoutMs = 60_000, signal } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (signal?.aborted) return undefined;
    // A file half written by the platform fails to parse: it is simply read again next time.
    const found = parseCredentials(await readFile(path, 'utf8').catch(() => ''));
    if (found) return found;
    if (Date.now() + intervalMs > deadline) return undefined;
    try {
      await sleep(intervalMs, undefined, signal ? { signal } : {});
    } catch {
      return undefined;
    }
  }
}
