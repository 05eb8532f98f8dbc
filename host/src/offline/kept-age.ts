import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isFreshAnswer, isStaleAnswer } from './cached-api.js';

/**
 * `asOf` (when the platform sent the oldest kept answer shown, ms since the epoch) after the service worker's message
 * `data`: `undefined` once the platform answered a read of `path` again; the older of `asOf` and the send time of an
 * answer to `path` served from the cache at `since` or later; `asOf` itself after anything else. Without `path`, any
 * path counts (the offline banner's "as of" for the whole page).
 */
export function answerAge(asOf: number | undefined, data: unknown, path?: string, since = 0): number | undefined {
  const counts = (answered: string | undefined) => path === undefined || answered === path;
  if (isFreshAnswer(data) && counts(data.path)) return undefined;
  if (!isStaleAnswer(data) || !counts(data.path) || data.servedAt < since || data.sentAt === null) return asOf;
  const sent = Date.parse(data.sentAt);
  return Number.isNaN(sent) ? asOf : Math.min(asOf ?? sent, sent);
}

/**
 * How old the list a screen shows is, for a lit element: when the service worker answered the screen's read of `path`
 * (`/api/inbox`) from its kept answers, `asOf` is when the platform sent that answer, the oldest of them when a later
 * page came from the cache too; once the platform answers a read of `path` again, `undefined`. Each change asks the
 * element to render again. The offline banner says the same for the whole page; this is the list's own "as of".
 */
export class KeptAnswerAge implements ReactiveController {
  /** When the platform sent the kept answer the list shows (ms since the epoch), or undefined while it is fresh. */
  asOf: number | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #path: string;

  constructor(host: ReactiveControllerHost, path: string) {
    this.#host = host;
    this.#path = path;
    host.addController(this);
  }

  readonly #onMessage = (event: MessageEvent) => {
    const asOf = answerAge(this.asOf, event.data, this.#path);
    if (asOf === this.asOf) return;
    this.asOf = asOf;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    navigator.serviceWorker?.addEventListener('message', this.#onMessage);
  }

  hostDisconnected(): void {
    navigator.serviceWorker?.removeEventListener('message', this.#onMessage);
  }
}
