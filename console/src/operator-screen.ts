import { isApiError } from '@citadel/api-client';
import { killSwitchRoutes as routes, MAX_SUSPENSION_REASON } from '@citadel/protocol/api';
import { html, type PropertyDeclarations } from 'lit';
import { formValues, textArea } from './fields.js';
import { formatMoment } from '@citadel/sdk/format';
import { appName } from './i18n.js';
import { killSwitchText } from './kill-switch-text.js';
import { ConsoleScreen } from './screen.js';
import type { OperatorAppInfo } from './types.js';

/**
 * The operator's kill switch: every app with its status; an active one is suspended with a reason its partner will
 * read, a suspended one shows why and since when, and is reinstated in one action.
 */
export class ConsoleOperatorScreen extends ConsoleScreen {
  static override properties: PropertyDeclarations = { ...ConsoleScreen.properties, apps: { state: true } };
  declare apps: OperatorAppInfo[];

  constructor() {
    super();
    this.apps = [];
  }

  get #k() {
    return killSwitchText(this.ctx.lang);
  }

  protected heading() {
    return this.#k.title;
  }

  protected async load() {
    this.apps = (await this.ctx.call(routes.operatorApps)).apps;
  }

  async #suspend(event: SubmitEvent, app: OperatorAppInfo) {
    const field = `reason-${app.id}`;
    const reason = (formValues(event)[field] ?? '').trim();
    this.problems = { ...this.problems, [field]: reason === '' ? this.t.required : undefined };
    if (reason === '') return;
    await this.act('switch', async () => {
      await this.ctx.call(routes.suspendApp, { params: { appId: app.id }, body: { reason } });
      await this.load();
      return this.#k.suspendedDone(appName(app, this.ctx.lang));
    });
  }

  async #reinstate(app: OperatorAppInfo) {
    await this.act('switch', async () => {
      await this.ctx.call(routes.reinstateApp, { params: { appId: app.id } });
      await this.load();
      return this.#k.reinstatedDone(appName(app, this.ctx.lang));
    });
  }

  #app(app: OperatorAppInfo) {
    const k = this.#k;
    const name = appName(app, this.ctx.lang);
    const control = app.suspension
      ? html`<p data-testid="suspension-${app.id}">${k.since(formatMoment(app.suspension.at, this.ctx.lang), app.suspension.reason)}</p>
        <p class="actions"><button type="button" data-testid="reinstate-${app.id}" aria-label=${k.reinstateLabel(name)}
          ?disabled=${this.busy !== undefined} @click=${() => void this.#reinstate(app)}>${k.reinstate}</button></p>`
      : html`<form novalidate data-testid="suspend-form-${app.id}" @submit=${(e: SubmitEvent) => void this.#suspend(e, app)}>
        ${textArea({ name: `reason-${app.id}`, label: k.reason, testid: `suspend-reason-${app.id}`, maxlength: MAX_SUSPENSION_REASON, problem: this.problems[`reason-${app.id}`] })}
        <div class="actions"><button type="submit" data-testid="suspend-${app.id}" aria-label=${k.suspendLabel(name)}
          ?disabled=${this.busy !== undefined}>${k.suspend}</button></div>
      </form>`;
    return html`<li data-testid="operator-app-${app.id}">
      <h2>${name}</h2>
      <p class="meta">${app.id} · ${app.orgName ? k.org(app.orgName) : k.noOrg} ·
        <span data-testid="operator-status-${app.id}">${app.status === 'active' ? k.active : k.suspended}</span></p>
      ${control}
    </li>`;
  }

  protected renderLoaded() {
    return html`<p>${this.#k.intro}</p>${this.failureOf('switch', 'switch-error')}${this.noticeOf('switch', 'switch-done')}
      ${this.apps.length === 0 ? html`<p data-testid="operator-empty">${this.#k.noApps}</p>`
        : html`<ul class="cards" data-testid="operator-apps">${this.apps.map((app) => this.#app(app))}</ul>`}`;
  }

  override render() {
    // A person without the operator role is told so in a sentence rather than by the bare refusal.
    if (isApiError(this.loadFailure, 'FORBIDDEN')) {
      return html`<h1 tabindex="-1">${this.heading()}</h1><p class="error" role="alert" data-testid="operator-forbidden">${this.#k.operatorsOnly}</p>`;
    }
    return super.render();
  }
}
