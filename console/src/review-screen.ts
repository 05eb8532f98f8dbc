import { developerRoutes as routes } from '@citadel/protocol/api';
import { isApiError } from '@citadel/api-client';
import { html, type PropertyDeclarations } from 'lit';
import { formValues, textArea } from './fields.js';
import { filesList, findingsList } from './findings.js';
import { appName } from './i18n.js';
import { ConsoleScreen } from './screen.js';
import type { ReviewEntry } from './types.js';

const key = (item: ReviewEntry) => `${item.appId}-${item.version.number}`;

/**
 * The review queue, oldest first, for the platform's reviewers: each version's findings, the permissions it adds and
 * drops against the released version, its files, and the decision: approve, or reject with a reason.
 */
export class ConsoleReviewScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = { ...ConsoleScreen.properties, items: { state: true } };
  declare items: ReviewEntry[];

  constructor() {
    super();
    this.items = [];
  }

  protected heading() {
    return this.t.reviewTitle;
  }

  protected async load() {
    this.items = (await this.ctx.call(routes.reviewQueue)).items;
  }

  async #decide(item: ReviewEntry, approve: boolean, reason?: string) {
    const name = appName({ id: item.appId, name: item.appName }, this.ctx.lang);
    const number = item.version.number;
    await this.act('decide', async () => {
      await this.ctx.call(routes.decide, { params: { appId: item.appId, number }, body: approve ? { approve } : { approve, reason: reason ?? '' } });
      await this.load();
      return approve ? this.t.approved(name, number) : this.t.rejected(name, number);
    });
  }

  async #reject(event: SubmitEvent, item: ReviewEntry) {
    const reason = (formValues(event)[`reason-${key(item)}`] ?? '').trim();
    this.problems = { ...this.problems, [key(item)]: reason === '' ? this.t.required : undefined };
    if (reason !== '') await this.#decide(item, false, reason);
  }

  #permissions(item: ReviewEntry) {
    const t = this.t;
    const list = (names: readonly string[], testid: string) =>
      html`<span data-testid=${testid}>${names.length === 0 ? t.none : names.map((n, i) => html`${i > 0 ? ', ' : ''}<code>${n}</code>`)}</span>`;
    return html`<h4 class="meta">${t.permissions}</h4>
      <ul class="plain">
        <li>${t.added}: ${list(item.permissions.added, 'permissions-added')}</li>
        <li>${t.removed}: ${list(item.permissions.removed, 'permissions-removed')}</li>
      </ul>`;
  }

  #item(item: ReviewEntry) {
    const t = this.t;
    const id = key(item);
    const v = item.version;
    return html`<li data-testid="review-${id}">
      <h2>${t.itemTitle(appName({ id: item.appId, name: item.appName }, this.ctx.lang), v.number)}</h2>
      <p class="meta">${item.appId} · ${v.manifest.version}</p>
      ${findingsList(v.findings, t, `review-${id}-findings`)}
      ${this.#permissions(item)}
      ${filesList(v.files, t, `review-${id}-files`)}
      <p class="actions"><button type="button" class="primary" data-testid="approve-${id}" ?disabled=${this.busy !== undefined}
        @click=${() => void this.#decide(item, true)}>${t.approve}</button></p>
      <form novalidate data-testid="reject-form-${id}" @submit=${(e: SubmitEvent) => void this.#reject(e, item)}>
        ${textArea({ name: `reason-${id}`, label: t.rejectReason, testid: `reject-reason-${id}`, maxlength: 1000, problem: this.problems[id] })}
        <div class="actions"><button type="submit" data-testid="reject-${id}" ?disabled=${this.busy !== undefined}>${t.reject}</button></div>
      </form>
    </li>`;
  }

  protected renderLoaded() {
    return html`${this.failureOf('decide', 'decide-error')}${this.noticeOf('decide', 'decide-done')}
      ${this.items.length === 0 ? html`<p data-testid="review-empty">${this.t.emptyQueue}</p>`
        : html`<ul class="cards" data-testid="review-list">${this.items.map((item) => this.#item(item))}</ul>`}`;
  }

  override render() {
    // A person without the reviewer role is told so in a sentence rather than by the bare refusal.
    if (isApiError(this.loadFailure) && (this.loadFailure.code === 'FORBIDDEN' || this.loadFailure.code === 'NOT_FOUND')) {
      return html`<h1 tabindex="-1">${this.heading()}</h1><p class="error" role="alert" data-testid="review-forbidden">${this.t.reviewersOnly}</p>`;
    }
    return super.render();
  }
}
