import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { permissionNames, type Permission } from '@citadel/protocol';
import { createHost, createMemoryGrants, type Grant, type Host, type ObservedCall } from '@citadel/runtime';
import {
  createChipFn, createConsentFn, createPaymentSheetFn, createPromptFn, type CitadelAppView, type Lang,
} from '@citadel/ui';
import { throttleProfileNames, throttleProfiles, type ThrottleProfile } from '../src/dev/throttle.js';
import { devApi, DevApiError, type DevSession } from './dev-api.js';
import type { InspectedCall } from './inspector.js';
import { createSimulatorProviders, type Decision } from './providers.js';
import { words } from './strings.js';

/** The viewport widths the simulator offers, px. */
const viewports = [320, 390, 768] as const;
const hostEvents = ['back', 'hide', 'show', 'close'] as const;
/** The inspector keeps the latest calls only: an app flooding the bridge must not slow the page down with it. */
const KEPT_CALLS = 500;

/**
 * The simulator page: the app framed by the real runtime (`createHost`) in `<citadel-app-view>`, the switches
 * (language, viewport, throttling), the host-event buttons, the reset of grants, and the inspector beside the frame.
 */
export class CitadelSimulator extends LitElement {
  static override properties = {
    session: { attribute: false },
    lang: { state: true },
    viewport: { state: true },
    throttle: { state: true },
    launch: { state: true },
    closed: { state: true },
    calls: { state: true },
    decisions: { state: true },
    grantList: { state: true },
    log: { state: true },
    problem: { state: true },
  };

  static override styles = css`
    :host { display: flex; flex-direction: column; height: 100vh; font: 14px/1.4 system-ui, sans-serif; color: CanvasText; background: Canvas; }
    header { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 12px;
      border-bottom: 1px solid color-mix(in srgb, CanvasText 15%, transparent); }
    h1 { font-size: 1rem; margin: 0; }
    fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: 4px; align-items: center; }
    legend { float: left; margin-right: 4px; color: color-mix(in srgb, CanvasText 70%, transparent); }
    button, select { font: inherit; min-height: 32px; padding: 0 10px; border-radius: 8px; border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); background: Canvas; color: CanvasText; cursor: pointer; }
    button[aria-pressed='true'] { background: #b3261e; color: #fff; border-color: #b3261e; }
    main { flex: 1; display: flex; gap: 12px; padding: 12px; min-height: 0; }
    .stage { display: flex; flex-direction: column; gap: 8px; align-items: center; overflow: auto; }
    .phone { height: min(760px, calc(100vh - 140px)); box-sizing: border-box; border-radius: 12px; overflow: hidden; flex: none;
      /* An outline, not a border: the frame is exactly the viewport's width. */
      box-shadow: 0 0 0 1px color-mix(in srgb, CanvasText 30%, transparent); }
    .phone.closed { display: grid; place-content: center; gap: 8px; text-align: center; padding: 16px; box-sizing: border-box; }
    citadel-dev-inspector { flex: 1; min-width: 280px; border-left: 1px solid color-mix(in srgb, CanvasText 15%, transparent); padding-left: 12px; }
    .where { font-size: 12px; color: color-mix(in srgb, CanvasText 65%, transparent); word-break: break-all; }
    [role='alert'] { color: #b3261e; font-weight: 600; }
  `;

  declare session: DevSession;
  declare lang: Lang;
  declare viewport: number;
  declare throttle: ThrottleProfile;
  declare launch: number;
  declare closed: boolean;
  declare calls: readonly InspectedCall[];
  declare decisions: readonly Decision[];
  declare grantList: ReadonlyArray<{ permission: Permission; grant: Grant }>;
  declare log: readonly string[];
  declare problem: string;

  readonly #grants = createMemoryGrants();
  #host: Host | undefined;
  #providers: ReturnType<typeof createSimulatorProviders> | undefined;

  constructor() {
    super();
    this.lang = 'vi';
    this.viewport = 390;
    this.throttle = 'off';
    this.launch = 0;
    this.closed = false;
    this.calls = [];
    this.decisions = [];
    this.grantList = [];
    this.log = [];
    this.problem = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    this.throttle = this.session.throttle;
    const lang = () => this.lang;
    const prompt = createPromptFn(document.body, lang);
    const chips = () => this.renderRoot.querySelector<HTMLElement>('.chips') ?? document.body;
    this.#providers = createSimulatorProviders({
      grants: this.#grants,
      consent: createConsentFn(document.body, lang),
      sheet: createPaymentSheetFn(document.body, lang),
      delayMs: () => throttleProfiles[this.throttle],
      decided: (decision) => this.#decided(decision),
      webhook: (status) => this.#note(words(this.lang).webhook(status)),
    });
    this.#host = createHost({
      providers: this.#providers.providers,
      grants: this.#grants,
      prompt: async (request) => {
        const answer = await prompt(request);
        this.#decided({ permission: request.permission, granted: answer.granted, remember: answer.remember || !answer.granted });
        return answer;
      },
      queuePrompt: (request, signal) => createChipFn(chips(), lang)(request, signal),
      context: () => ({ lang: this.lang, theme: { scheme: 'light', accent: '#b3261e' }, insets: { top: 0, right: 0, bottom: 0, left: 0 } }),
      onCall: (call) => this.#called(call),
    });
    // A new page remembers nothing (its grants are in memory): the test platform forgets the notifications grant too.
    this.#providers.reset().catch((error: unknown) => this.#fail(error));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#host?.dispose();
  }

  get #view(): CitadelAppView | null {
    return this.renderRoot.querySelector('citadel-app-view');
  }

  #called({ method, params, outcome, durationMs }: ObservedCall) {
    const n = (this.calls.at(-1)?.n ?? 0) + 1;
    this.calls = [...this.calls, { n, method: String(method).slice(0, 64), params, outcome, durationMs }].slice(-KEPT_CALLS);
  }

  #decided(decision: Decision) {
    this.decisions = [...this.decisions, decision];
    void this.#refreshGrants();
  }

  #note(line: string) {
    this.log = [...this.log, line];
  }

  async #refreshGrants() {
    this.grantList = await this.#grants.list(this.session.manifest.id);
  }

  #fail(error: unknown) {
    const s = words(this.lang);
    this.problem = error instanceof DevApiError && error.status !== 0 ? s.failed(error.code) : s.unreachable;
  }

  #relaunch() {
    this.closed = false;
    this.launch++;
  }

  #setLang(lang: Lang) {
    if (lang === this.lang) return;
    this.lang = lang;
    this.#relaunch();
  }

  async #setThrottle(profile: ThrottleProfile) {
    try {
      await devApi('throttle', { profile });
      this.throttle = profile;
      this.problem = '';
    } catch (error) {
      this.#fail(error);
    }
  }

  #send(event: (typeof hostEvents)[number]) {
    const s = words(this.lang);
    const view = this.#view;
    const instance = view?.instance;
    if (!view || !instance) return;
    if (event === 'back') {
      if (instance.back()) this.#note(s.sentEvent('back'));
      else {
        view.close();
        this.#note(s.backClosed);
      }
    } else if (event === 'close') {
      view.close();
      this.#note(s.sentEvent('close'));
    } else {
      instance.setVisible(event === 'show');
      this.#note(s.sentEvent(event));
    }
  }

  async #resetGrants() {
    const appId = this.session.manifest.id;
    try {
      for (const permission of permissionNames) await this.#host?.revoke(appId, permission);
      await this.#providers?.reset();
      this.problem = '';
      this.#note(words(this.lang).grantsReset);
    } catch (error) {
      this.#fail(error);
    }
    await this.#refreshGrants();
  }

  #stage() {
    const s = words(this.lang);
    if (this.closed) {
      return html`<div class="phone closed" style="width:${this.viewport}px" data-testid="app-closed">
        <p>${s.closed}</p><button data-testid="relaunch" @click=${() => this.#relaunch()}>${s.relaunch}</button></div>`;
    }
    return keyed(this.launch, html`<citadel-app-view class="phone" style="width:${this.viewport}px" data-viewport=${this.viewport}
      .host=${this.#host} .manifest=${this.session.manifest} lang=${this.lang}
      @citadel-close=${() => { this.closed = true; }}></citadel-app-view>`);
  }

  override render() {
    const s = words(this.lang);
    const pressed = (on: boolean) => (on ? 'true' : 'false');
    return html`
      <header>
        <h1>${s.title}</h1>
        <fieldset><legend>${s.language}</legend>
          ${(['vi', 'en'] as const).map((lang) => html`<button data-testid="lang-${lang}" aria-pressed=${pressed(this.lang === lang)} @click=${() => this.#setLang(lang)}>${lang.toUpperCase()}</button>`)}
        </fieldset>
        <fieldset><legend>${s.viewport}</legend>
          ${viewports.map((width) => html`<button data-testid="viewport-${width}" aria-pressed=${pressed(this.viewport === width)} @click=${() => { this.viewport = width; }}>${width}</button>`)}
        </fieldset>
        <fieldset><legend>${s.throttle}</legend>
          <select data-testid="throttle" @change=${(e: Event) => void this.#setThrottle((e.target as HTMLSelectElement).value as ThrottleProfile)}>
            ${throttleProfileNames.map((name) => html`<option value=${name} ?selected=${this.throttle === name}>${s.throttleNames[name]}</option>`)}
          </select>
        </fieldset>
        <fieldset><legend>${s.hostEvents}</legend>
          ${hostEvents.map((event) => html`<button data-testid="event-${event}" ?disabled=${this.closed} @click=${() => this.#send(event)}>${s.events[event]}</button>`)}
        </fieldset>
        <button data-testid="reset-grants" @click=${() => void this.#resetGrants()}>${s.resetGrants}</button>
        ${this.problem ? html`<p role="alert" data-testid="problem">${this.problem}</p>` : nothing}
      </header>
      <main>
        <div class="stage">
          <div class="chips"></div>
          ${this.#stage()}
          <p class="where">${s.platform}: ${this.session.platformUrl} · ${s.backend}: ${this.session.backendOrigin ?? s.noBackend}</p>
        </div>
        <citadel-dev-inspector .lang=${this.lang} .calls=${this.calls} .decisions=${this.decisions} .grants=${this.grantList} .log=${this.log}></citadel-dev-inspector>
      </main>
    `;
  }
}
