import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '@citadel/ui';
import type { PagedList } from './paged-list.js';
import { asOfLine } from './offline/as-of-line.js';
import { errorText } from './shared/error-text.js';

/** How `pagedListView` draws one list. */
export interface PagedListViewOptions<T extends { readonly id: string }> {
  /** The section's `data-testid`. */
  readonly testId: string;
  /** What the parts' test ids start with: `<name>-empty`, `<name>-error`, `<name>-retry`, `<name>-more`. */
  readonly name: string;
  readonly lang: Lang;
  /** The words shown while loading, for an empty list, on the retry button and on the "more" button. */
  readonly strings: { readonly loading: string; readonly empty: string; readonly retry: string; readonly more: string };
  /** One entry, as an `<li>`. */
  readonly item: (entry: T) => TemplateResult;
  /** What retry does after a failed load. Default: the page after the entries shown, or the first page when none are. */
  readonly retry?: () => void;
  /** The `<ul>`'s class. Default none. */
  readonly listClass?: string;
  /**
   * When the platform sent the entries shown, ms since the epoch, when they are the service worker's kept answer
   * (`KeptAnswerAge`): then the list says "as of" that time, as `<name>-as-of`. Default: fresh, nothing said.
   */
  readonly asOf?: number | undefined;
}

/**
 * A `PagedList` as the host shows one: "loading" before the first page, the empty line, the
 * entries, a failed load's error with retry, and "more" while a further page exists (disabled,
 * and saying so, while a page loads).
 */
export function pagedListView<T extends { readonly id: string }>(list: PagedList<T>, options: PagedListViewOptions<T>): TemplateResult {
  const { name, strings: s } = options;
  const entries = list.entries;
  const retry = options.retry ?? (() => void (entries?.length ? list.more() : list.reload()));
  return html`<section data-testid=${options.testId} aria-busy=${list.busy ? 'true' : 'false'}>
    ${asOfLine(entries === undefined ? undefined : options.asOf, options.lang, `${name}-as-of`)}
    ${entries === undefined && list.busy ? html`<p class="hint" role="status">${s.loading}</p>` : nothing}
    ${entries?.length === 0 ? html`<p class="hint" data-testid=${`${name}-empty`}>${s.empty}</p>` : nothing}
    ${entries?.length ? html`<ul class=${options.listClass ?? ''}>${entries.map((e) => options.item(e))}</ul>` : nothing}
    ${list.failure === undefined ? nothing : html`<p class="error" role="alert" data-testid=${`${name}-error`}>${errorText(list.failure, options.lang)}
      <button data-testid=${`${name}-retry`} @click=${retry}>${s.retry}</button></p>`}
    ${list.next !== null && list.failure === undefined ? html`<button class="more" data-testid=${`${name}-more`} ?disabled=${list.busy}
      @click=${() => void list.more()}>${list.busy ? s.loading : s.more}</button>` : nothing}
  </section>`;
}
