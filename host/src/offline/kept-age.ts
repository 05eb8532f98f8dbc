import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isFreshAnswer, isStaleAnswer } from './cached-api.js';

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
    const data: unknown = event.data;
    if (isFreshAnswer(data) && data.path === this.#path) this.asOf = undefined;
    else if (isStaleAnswer(data) && data.path === this.#path && data.sentAt !== null) {
      const sent = Date.parse(data.sentAt);
      if (Number.isNaN(sent)) return;
      this.asOf = this.asOf === undefined ? sent : Math.min(this.asOf, sent);
    } else return;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    navigator.serviceWorker?.addEventListener('message', this.#onMessage);
  }

  hostDisconnected(): void {
    navigator.serviceWorker?.removeEventListener('message', this.#onMessage);
  }
}
