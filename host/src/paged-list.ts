import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One page of a cursor-paged platform list. */
export interface Page<T> {
  readonly entries: readonly T[];
  readonly next: string | null;
}

/** Options of `PagedList`. */
export interface PagedListOptions<T extends { readonly id: string }> {
  /** Loads a page (the first when `cursor` is undefined); undefined when it cannot load yet (no API). */
  readonly load: (cursor: string | undefined) => Promise<Page<T>> | undefined;
  /** Decides what a failed load does. Default: keeps the error in `failure`, for the view to show. */
  readonly onError?: (error: unknown, list: PagedList<T>) => void;
  /** Keeps the entries on screen while the first page loads again. Default false (they go blank). */
  readonly keepWhileReloading?: boolean;
  /** Loads the first page each time the host element is connected. Default false (the element calls `reload`). */
  readonly loadWhenConnected?: boolean;
}

/**
 * A newest-first list the platform pages with a `next` cursor, for a lit element: the first page,
 * "more", and reload. A page still loading when `reload` starts is dropped, and an entry already
 * shown is never listed twice, whatever the pages do meanwhile. Every change asks the host element
 * to render again.
 */
export class PagedList<T extends { readonly id: string }> implements ReactiveController {
  /** The entries shown, or undefined before the first page arrives. */
  entries: T[] | undefined;
  /** The cursor of the next page, or null at the end. */
  next: string | null = null;
  busy = false;
  /** The last load's error, when `onError` kept it. */
  failure: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #options: PagedListOptions<T>;
  #generation = 0;

  constructor(host: ReactiveControllerHost, options: PagedListOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#options.loadWhenConnected) void this.reload();
  }

  /** Loads the first page again. */
  async reload(): Promise<void> {
    this.#generation += 1;
    if (!this.#options.keepWhileReloading) {
      this.entries = undefined;
      this.next = null;
    }
    this.busy = false;
    await this.#page(undefined);
  }

  /** Loads the page after the last one shown. */
  more(): Promise<void> {
    return this.#page(this.next ?? undefined);
  }

  /** Replaces the entries shown (after marking some read, say). */
  update(map: (entries: T[]) => T[]): void {
    if (this.entries) this.entries = map(this.entries);
    this.#host.requestUpdate();
  }

  async #page(cursor: string | undefined): Promise<void> {
    if (this.busy) return;
    const loading = this.#options.load(cursor);
    if (!loading) return;
    const generation = this.#generation;
    this.busy = true;
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const page = await loading;
      if (generation !== this.#generation) return;
      const before = cursor === undefined ? [] : this.entries ?? [];
      const seen = new Set(before.map((e) => e.id));
      this.entries = [...before, ...page.entries.filter((e) => !seen.has(e.id))];
      this.next = page.next;
    } catch (error) {
      if (generation !== this.#generation) return;
      if (this.#options.onError) this.#options.onError(error, this);
      else this.failure = error;
    } finally {
      if (generation === this.#generation) this.busy = false;
      this.#host.requestUpdate();
    }
  }
}
