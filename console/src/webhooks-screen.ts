import { isApiError } from '@citadel/api-client';
import { developerRoutes as routes, subscribableEventTypes, type LoggedDelivery, type SubscribableEventType, type WebhookEndpoint } from '@citadel/protocol/api';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { AppSettingsScreen } from './app-settings-screen.js';
import { field } from './fields.js';
import { formatMoment } from '@citadel/sdk/format';
import { shownOnceBox } from './shown-once.js';

/** How often the log is read again while a delivery in it is pending, ms. */
const PENDING_REFRESH_MS = 2000;

/**
 * An app's webhooks (docs/credentials-and-webhooks.md): the URL and the events sent, the signing secret (the first
 * one and each rotation's shown once; the overlap's end, and ending it now), a test event, and the delivery log with
 * each attempt's time, status code or failure and latency, and "deliver again". The log reads itself again while a
 * delivery in it is pending.
 */
export class ConsoleWebhooksScreen extends AppSettingsScreen {
  static override properties: PropertyDeclarations = {
    ...AppSettingsScreen.properties, endpoint: { state: true }, deliveries: { state: true }, secret: { state: true },
  };
  declare endpoint: WebhookEndpoint | undefined;
  declare deliveries: LoggedDelivery[];
  /** A signing secret just made (the first, or a rotation's), shown until the screen is left. */
  declare secret: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.deliveries = [];
  }

  protected heading() {
    return this.s.webhooksTitle(this.appId);
  }

  protected async load() {
    const params = { appId: this.appId };
    const [endpoint] = await Promise.all([this.ctx.call(routes.webhookEndpoint, { params }), this.#readLog()]);
    this.endpoint = endpoint.endpoint;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    super.disconnectedCallback();
  }

  /** Reads the log; while a delivery is pending, reads it again in a moment. */
  async #readLog() {
    clearTimeout(this.#timer);
    this.deliveries = (await this.ctx.call(routes.deliveryLog, { params: { appId: this.appId }, query: {} })).deliveries;
    if (this.isConnected && this.deliveries.some((d) => d.status === 'pending')) {
      this.#timer = setTimeout(() => void this.#readLog().catch((error: unknown) => (this.failures = { ...this.failures, refresh: error })), PENDING_REFRESH_MS);
    }
  }

  async #save(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const url = String(data.get('url') ?? '').trim();
    const problem = url === '' || !URL.canParse(url) ? this.s.badUrl : undefined;
    this.problems = { ...this.problems, url: problem };
    if (problem) return;
    const events = subscribableEventTypes.filter((type) => data.getAll('events').includes(type));
    await this.act('save', async () => {
      const saved = await this.ctx.call(routes.setWebhookEndpoint, { params: { appId: this.appId }, body: { url, events } });
      this.endpoint = saved.endpoint;
      if (saved.secret !== null) this.secret = saved.secret;
      return saved.secret === null ? this.s.saved : this.s.firstSecret;
    });
  }

  async #rotate() {
    await this.act('rotate', async () => {
      const rotated = await this.ctx.call(routes.rotateWebhookSecret, { params: { appId: this.appId } });
      this.endpoint = rotated.endpoint;
      this.secret = rotated.secret;
      return this.s.rotated;
    });
  }

  async #revokePrevious() {
    await this.act('revokePrevious', async () => {
      this.endpoint = (await this.ctx.call(routes.revokePreviousWebhookSecret, { params: { appId: this.appId } })).endpoint;
      return this.s.previousRevoked;
    });
  }

  async #test() {
    await this.act('test', async () => {
      await this.ctx.call(routes.sendTestWebhook, { params: { appId: this.appId } });
      await this.#readLog();
      return this.s.testSent;
    });
  }

  async #redeliver(id: string) {
    await this.act('redeliver', async () => {
      await this.ctx.call(routes.redeliver, { params: { appId: this.appId, id } });
      await this.#readLog();
      return this.s.redelivered;
    });
  }

  /** The test-event limit names its size and the wait; every other failure is its code's sentence. */
  #testLimitText = (error: unknown) => {
    if (!isApiError(error, 'RATE_LIMITED') || error.body['limitName'] !== 'webhook-tests-per-app-hour' || error.limit === undefined) return undefined;
    return this.s.testLimited(error.limit, Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)));
  };

  /** A failure as the log shows it: `HTTP_500` as its status, a failure kind in words. */
  #failure(code: string) {
    const status = /^HTTP_(\d{3})$/.exec(code);
    return status ? this.s.statusCode(Number(status[1])) : code === 'NO_WEBHOOK_URL' ? this.s.noUrlYet : this.s.failures[code] ?? code;
  }

  #endpointForm(endpoint: WebhookEndpoint) {
    const s = this.s;
    const chosen = new Set<SubscribableEventType>(endpoint.events);
    return html`<section aria-labelledby="endpoint-title">
      <form novalidate data-testid="webhook-form" @submit=${(e: SubmitEvent) => void this.#save(e)}>
        <h2 id="endpoint-title">${s.endpoint}</h2>
        ${field({ name: 'url', label: s.url, testid: 'webhook-url', value: endpoint.url ?? '', hint: s.urlHint, maxlength: 2048, problem: this.problems['url'] })}
        <fieldset><legend>${s.events}</legend>
          ${subscribableEventTypes.map((type) => html`<label class="choice"><input type="checkbox" name="events" value=${type} data-testid="webhook-event-${type}"
            ?checked=${chosen.has(type)} />${s.eventNames[type]} <code class="meta">${type}</code></label>`)}
        </fieldset>
        ${this.failureOf('save', 'webhook-error')}${this.noticeOf('save', 'webhook-done')}
        ${this.submitButton('save', 'webhook-save', s.save)}
      </form>
    </section>`;
  }

  #secretSection(endpoint: WebhookEndpoint) {
    const s = this.s;
    const until = endpoint.previousSecretExpiresAt;
    return html`<section aria-labelledby="secret-title">
      <h2 id="secret-title">${s.secretTitle}</h2>
      <p class="hint">${s.secretIntro}</p>
      <p data-testid="webhook-overlap">${until === null ? s.noOverlap : s.overlapUntil(formatMoment(until, this.ctx.lang))}</p>
      <p class="actions">
        <button type="button" data-testid="webhook-rotate" ?disabled=${this.busy !== undefined || endpoint.url === null} @click=${() => void this.#rotate()}>${s.rotate}</button>
        ${until === null ? nothing : html`<button type="button" data-testid="webhook-revoke-previous" ?disabled=${this.busy !== undefined}
          @click=${() => void this.#revokePrevious()}>${s.revokePrevious}</button>`}
      </p>
      ${this.failureOf('rotate', 'rotate-error')}${this.failureOf('revokePrevious', 'revoke-previous-error')}${this.noticeOf('revokePrevious', 'revoke-previous-done')}
    </section>`;
  }

  #delivery(d: LoggedDelivery) {
    const s = this.s;
    const at = (iso: string) => formatMoment(iso, this.ctx.lang);
    return html`<li data-testid="delivery-item" data-delivery-id=${d.id}>
      <h3><code>${d.type}</code></h3>
      <p class="row"><span class="badge ${d.status === 'delivered' ? 'approved' : d.status === 'failed' ? 'rejected' : 'in_review'}" data-testid="delivery-status">${s.deliveryStates[d.status]}</span>
        <span class="meta">${at(d.createdAt)} · ${s.attemptsCount(d.attempts)}</span></p>
      ${d.status === 'pending' && d.lastError !== null ? html`<p class="meta" data-testid="delivery-last-error">${this.#failure(d.lastError)}</p>` : nothing}
      ${d.log.length === 0 ? nothing : html`<ul class="plain" data-testid="delivery-attempts">${d.log.map((a) => html`<li data-testid="delivery-attempt">
        ${at(a.at)} · <span data-testid="attempt-outcome">${a.statusCode === null ? this.#failure(a.error ?? '') : s.statusCode(a.statusCode)}</span> · ${s.latency(a.latencyMs)}
      </li>`)}</ul>`}
      ${d.status === 'pending' ? nothing : html`<p class="actions"><button type="button" data-testid="delivery-redeliver" aria-label=${s.redeliverLabel(d.type, at(d.createdAt))}
        ?disabled=${this.busy !== undefined} @click=${() => void this.#redeliver(d.id)}>${s.redeliver}</button></p>`}
    </li>`;
  }

  protected renderLoaded() {
    const s = this.s;
    const endpoint = this.endpoint;
    if (!endpoint) return this.backToApp();
    return html`${this.backToApp()}
      <p>${s.webhooksIntro}</p>
      ${this.#endpointForm(endpoint)}
      ${this.secret === undefined ? nothing : shownOnceBox(s, [[s.secretTitle, this.secret]], 'webhook-secret')}
      ${this.#secretSection(endpoint)}
      <section aria-labelledby="test-title">
        <h2 id="test-title">${s.testTitle}</h2>
        <p class="hint">${s.testIntro}</p>
        ${endpoint.url === null ? html`<p class="meta" data-testid="webhook-not-set">${s.notSet}</p>` : nothing}
        <p class="actions"><button type="button" class="primary" data-testid="webhook-test" ?disabled=${this.busy !== undefined}
          @click=${() => void this.#test()}>${this.busy === 'test' ? s.working : s.sendTest}</button></p>
        ${this.failureOf('test', 'test-error', this.#testLimitText)}${this.noticeOf('test', 'test-done')}
      </section>
      <section aria-labelledby="log-title">
        <h2 id="log-title">${s.logTitle}</h2>
        <p class="actions"><button type="button" data-testid="deliveries-refresh" ?disabled=${this.busy !== undefined}
          @click=${() => void this.act('refresh', () => this.#readLog())}>${s.refresh}</button></p>
        ${this.failureOf('refresh', 'refresh-error')}
        ${this.failureOf('redeliver', 'redeliver-error')}${this.noticeOf('redeliver', 'redeliver-done')}
        ${this.deliveries.length === 0 ? html`<p data-testid="deliveries-empty">${s.noDeliveries}</p>`
          : html`<ul class="cards" data-testid="deliveries-list">${this.deliveries.map((d) => this.#delivery(d))}</ul>`}
      </section>`;
  }
}
